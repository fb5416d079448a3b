# Slot wrappers of every builtin type: calls, reprs, wrong self types.
print(range.__len__(range(5)), (3).__divmod__(2), b"a".__add__(b"b"), "ab".__len__())
print((7.5).__divmod__(2), (7).__rdivmod__(20), (3).__divmod__(2.0), (2.5).__rdivmod__(7))
print((-7).__divmod__(2), (7.0).__divmod__(-2), (10**30).__divmod__(7))
print((3).__int__(), True.__int__(), True.__index__(), (3.7).__int__(), (-3.7).__int__(), (3).__float__())
print((2.5).__float__(), (10**20).__float__(), int.__index__(7))
print(complex.__add__(1j, 2), (1 + 2j).__neg__(), (3 + 4j).__abs__(), (1j).__bool__(), (0j).__bool__())
print((1j).__pow__(2), (2).__pow__(10, 7), (2).__rpow__(3), (1 + 1j).__mul__(2), (1 + 1j).__rsub__(1))
print((1j).__truediv__(2), (2j).__rtruediv__(1), (1j).__eq__(1j), (1j).__lt__(2j))
e = enumerate("ab")
print(e.__next__(), e.__iter__() is e, next(e))
try:
    e.__next__()
except StopIteration as x:
    print("stop", x.args)
print(object.__lt__(1, 2), object.__ge__(1, 2), range(3).__eq__(range(0, 3)), range(3).__bool__(), range(0).__bool__())
print(range(10).__getitem__(3), range(10).__contains__(4), list(range(3).__iter__()), range(3).__ne__(5))
for bad in [lambda: range.__len__(5), lambda: range.__len__(), lambda: int.__add__("a", 1),
            lambda: enumerate.__next__([]), lambda: complex.__neg__(1), lambda: bytes.__len__("x"),
            lambda: range.__len__(range(3), 1), lambda: list.__getitem__([1]),
            lambda: int.__add__(1, y=2), lambda: (1.0).__divmod__(0), lambda: (1).__divmod__(0),
            lambda: list.__getitem__([], 1, 2), lambda: dict.__contains__({}), lambda: (1).__neg__(1)]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError) as x:
        print(type(x).__name__, x)
print(bytearray.__iadd__(bytearray(b"x"), b"y"), memoryview(b"abc").__len__(), iter([1]).__next__())
print(map.__next__(map(str, [1])), zip([1], [2]).__next__(), reversed([1, 2]).__next__(), filter(None, [0, 5]).__next__())
print(int.__add__, complex.__add__, range.__len__, bool.__add__, object.__lt__, type.__lt__, enumerate.__next__)
print(str.__rmod__("x%s", 5), bytes.__mod__(b"%d", 5), bytes.__rmul__(b"ab", 2), (0.0).__divmod__(1))
print(list.__hash__, dict.__hash__, bytearray.__hash__, slice.__hash__, dict.__ior__({1: 2}, {3: 4}))
print({1}.__rsub__({1, 2}), frozenset([1]).__or__({2}), None.__bool__(), [1].__imul__(2), [1].__iadd__((2,)))
print((5).__rpow__(2, 3), (1).__add__(1.5), (1.5).__radd__(1), (1).__lt__(2.0), int.__eq__(1, True))
print(memoryview(b"ab").__getitem__(0), bytearray(b"ab").__contains__(97), b"abc".__getitem__(slice(1, None)))
ba = bytearray(b"abc")
ba.__setitem__(0, 65)
ba.__delitem__(1)
print(ba, ba.__len__(), b"ab".__lt__(b"b"), b"ab".__mul__(3), bytearray(b"x").__imul__(3))
print(tuple.__add__((1,), (2,)), tuple.__mul__((1,), 2), "a".__mul__(3), "a".__rmul__(2), "%d".__mod__(4))
print(reversed.__next__(reversed("ab")), enumerate.__iter__(enumerate([])).__class__.__name__)
