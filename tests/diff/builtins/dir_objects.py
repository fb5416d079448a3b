# dir(obj): sorted names of instances, classes, builtin values; a user
# __dir__ wins and its result is sorted. Names CPython's object has that
# molt2c lacks (__reduce__, __sizeof__...) are left out of the comparison.
def public(names):
    return [n for n in names if not n.startswith("__")]
class A:
    z = 1
    def f(self): pass
    @property
    def p(self): return 1
class B(A):
    a = 2
    def __init__(self):
        self.inst = 3
        self.another = 4
class D:
    def __dir__(self):
        return ["b", "a", "c", "a"]
print(public(dir(A)), public(dir(B)), public(dir(B())))
print(dir(D()), type(dir(D())).__name__)
print(public(dir([])), public(dir({})), public(dir("")))
print(public(dir(1)), public(dir(1.5)), public(dir(1j)), public(dir(b"")))
print(public(dir(set())), public(dir(frozenset())), public(dir(())), public(dir(range(1))))
print(public(dir(slice(1))), public(dir(bytearray())), public(dir(memoryview(b""))))
print(public(dir(True)), public(dir(None)), public(dir(int)), public(dir(dict)))
for n in ["__init__", "__class__", "__eq__", "__len__", "__add__", "__getitem__", "__iter__", "__repr__"]:
    print(n, n in dir([]), n in dir(B()), n in dir(list))
print(dir(B()) == sorted(dir(B())), "inst" in dir(B()), "inst" in dir(B))
for bad in [lambda: dir(1, 2), lambda: dir(x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
class E:
    def __dir__(self):
        return 5
try:
    dir(E())
except TypeError as e:
    print("TypeError", e)
