# enumerate and zip laziness, exhaustion, strict with unequal lengths after partial consumption.
def gen_list(n):
    return [i * i for i in range(n)]
e = enumerate(gen_list(3), start=True)
print(list(e))
z = zip(range(3), "abc", [None] * 3)
print(next(z), list(z), list(z))
z = zip([1, 2, 3], [4], strict=True)
print(next(z))
try:
    next(z)
except ValueError as err:
    print("ValueError", err)
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
it = iter("abcdef")
print(list(zip(it, it, it)))
print(list(enumerate(zip("ab", "cd"))), dict(enumerate("xy")), list(zip(*[(1, 2), (3, 4)])))
