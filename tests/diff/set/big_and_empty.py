# Empty set operations and a big set built, searched, and emptied.
e = set()
print(len(e), e | e, e & {1}, e - {1}, e ^ {1}, e.copy(), e == frozenset(), bool(e), repr(e), e.issubset(e))
try:
    e.pop()
except KeyError as err:
    print("KeyError", err)
big = set(range(300000))
print(len(big), 299999 in big, -1 in big, len(big & set(range(0, 300000, 1000))))
for i in range(0, 300000, 3):
    big.discard(i)
print(len(big), min(big), max(big))
big.clear()
print(big)
