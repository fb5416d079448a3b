# bool() and truth testing of every value kind in the subset: ints, bigints,
# floats incl. -0.0 and nan, None, str literals; not, and if/while tests.
print(bool(0), bool(1), bool(-1), bool(2 ** 100), bool(-(2 ** 47)), bool(0 * 2 ** 100))
print(bool(0.0), bool(-0.0), bool(1e-320), bool(1e309 - 1e309), bool(None))
print(bool(""), bool("a"), bool(" "), bool("0"), bool("False"), bool())
print(not 0, not 1, not None, not "", not "x", not 0.0, not -0.0, not 2 ** 64)
print(not not 5, not not 0, (not 0) + (not 0), not (1 and 0))


def check(v):
    if v:
        return "truthy"
    else:
        return "falsy"


print(check(0), check(3), check(0.0), check(0.5), check(None), check(""), check("z"))
print(check(2 ** 48 - 2 ** 48), check(-(2 ** 70)), check(True), check(False))
n = 5
while n:
    print(n, end=" ")
    n -= 1
print()
