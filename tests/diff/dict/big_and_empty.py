# Empty dict operations and a big dict built and torn down.
e = {}
print(len(e), list(e), e.get(1), e.pop(1, None), e.copy(), e == {}, bool(e), repr(e), list(reversed(e)))
try:
    e.popitem()
except KeyError as err:
    print("KeyError", err)
big = {}
for i in range(200000):
    big[str(i)] = i
print(len(big), big["199999"], "200000" in big)
for i in range(0, 200000, 2):
    del big[str(i)]
print(len(big), next(iter(big)), list(big.values())[-1])
big.clear()
print(big, len(big))
