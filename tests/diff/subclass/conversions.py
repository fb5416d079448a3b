# type(), isinstance, __class__, and conversions back to the exact base type
class A(int):
    pass


class F(float):
    pass


class S(str):
    pass


class T(tuple):
    pass


class L(list):
    pass


class D(dict):
    pass


class St(set):
    pass


class Fs(frozenset):
    pass


vals = [A(3), F(1.5), S("s"), T((1,)), L([2]), D(a=1), St([3]), Fs([4])]
bases = [int, float, str, tuple, list, dict, set, frozenset]
for v, base in zip(vals, bases):
    c = base(v)
    print(type(v).__name__, v.__class__.__name__, isinstance(v, base), type(v) is base, type(c) is base, c == v)
print(issubclass(A, int), issubclass(int, A), issubclass(L, (dict, list)), isinstance(A(1), (str, int)))
print(A.__mro__, L.__bases__, D.__base__, St.__name__, Fs.__qualname__)
print(isinstance(True, A), isinstance(A(1), bool), bool(A(1)) is True)
