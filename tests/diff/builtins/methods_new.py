# Methods and attributes of builtin types added with the slot wrappers.
r = range(1, 10, 3)
print(r.start, r.stop, r.step, range(5).start, range(10**20).stop, range(0, -5, -2).step)
s = slice(1, None, 2)
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop)
for args in [(5,), (0,), (100,)]:
    for sl in [slice(None), slice(1, 10, 2), slice(-3, None), slice(None, None, -1), slice(10, -10, -3),
               slice(-100, 100), slice(10**30, None), slice(None, -10**30, -1), slice(True, 3)]:
        print(sl, args, sl.indices(*args))
for bad in [lambda: slice(1, 2, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice("a").indices(3),
            lambda: slice(1).indices(), lambda: slice(1).indices("x"), lambda: slice(1).indices(1, 2)]:
    try:
        print(bad())
    except (TypeError, ValueError) as x:
        print(type(x).__name__, x)
for attr in ["start", "stop", "step"]:
    try:
        setattr(range(3), attr, 1)
    except AttributeError as x:
        print("AttributeError", x)
    try:
        setattr(slice(3), attr, 1)
    except AttributeError as x:
        print("AttributeError", x)
print(list([1, 2, 3].__reversed__()), list({1: 2, 3: 4}.__reversed__()), list(range(5).__reversed__()))
print(list(range(10**20, 10**20 + 3).__reversed__()), list(list.__reversed__([])))
print("abc".__getnewargs__(), (1, 2).__getnewargs__(), b"x".__bytes__(), (5).__getnewargs__())
print(type(bytearray(b"abc").__alloc__()).__name__, bytearray().__alloc__())
it = reversed([1, 2, 3, 4])
print(it.__length_hint__(), next(it), it.__length_hint__())
it.__setstate__(1)
print(list(it), it.__length_hint__())
it = reversed("abcdef")
it.__setstate__(100)
print(list(it))
it = reversed("abc")
it.__setstate__(-5)
print(list(it))
z = zip([1, 2], [3])
z.__setstate__(True)
try:
    print(list(z))
except ValueError as x:
    print("ValueError", x)
m = memoryview(b"abcd")
print(m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly, m.obj)
print(m.c_contiguous, m.f_contiguous, m.contiguous, type(memoryview.nbytes).__name__)
m.release()
try:
    m.nbytes
except ValueError as x:
    print("ValueError", x)
try:
    memoryview(b"a").nbytes = 3
except AttributeError as x:
    print("AttributeError", x)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in A.__subclasses__()], [k.__name__ for k in B.__subclasses__()], D.__subclasses__())
class MyInt(int): pass
print(MyInt in int.__subclasses__(), type.__subclasses__(A) == A.__subclasses__())
