# int(x) and float(x) on instances: __int__, __index__, __trunc__, __float__.
class HasInt:
    def __int__(self):
        return 42


class HasIndex:
    def __index__(self):
        return 7


class HasBoth:
    def __int__(self):
        return 1

    def __index__(self):
        return 2

    def __float__(self):
        return 3.5


class HasFloat:
    def __float__(self):
        return 2.25


class HasTrunc:
    def __trunc__(self):
        return HasIndex()


class BigIndex:
    def __index__(self):
        return 2**100


print(int(HasInt()), int(HasIndex()), int(HasBoth()), float(HasBoth()), float(HasIndex()))
print(float(HasFloat()), int(HasTrunc()), float(BigIndex()), int(BigIndex()))


class Sub(HasInt):
    pass


print(int(Sub()), int(True), float(False))


def attempt(f, x):
    try:
        print(f(x))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)


class BadInt:
    def __int__(self):
        return "x"


class BadIndex:
    def __index__(self):
        return 1.5


class BadFloat:
    def __float__(self):
        return 1


class BadTrunc:
    def __trunc__(self):
        return "t"


class Nothing:
    pass


class HugeIndex:
    def __index__(self):
        return 10**400


for f in (int, float):
    for x in (BadInt(), BadIndex(), BadFloat(), BadTrunc(), Nothing(), HasFloat(), HasInt(), HugeIndex(), [1], None):
        attempt(f, x)
