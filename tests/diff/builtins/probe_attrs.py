# Every attribute CPython 3.11's dir() lists for the builtin types exists
# under molt2c too (hasattr on the type), except type.__annotations__
# which CPython's type itself refuses.
types = [int, bool, float, complex, str, bytes, bytearray, memoryview, list, tuple, dict, set, frozenset,
         range, slice, enumerate, zip, map, filter, reversed, object, type]
names = {}
for t in types:
    names[t] = ["__abs__", "__add__", "__and__", "__bool__", "__contains__", "__delitem__", "__divmod__",
                "__eq__", "__float__", "__ge__", "__getitem__", "__gt__", "__hash__", "__iadd__", "__imul__",
                "__index__", "__int__", "__invert__", "__iter__", "__le__", "__len__", "__lt__", "__mod__",
                "__mul__", "__ne__", "__neg__", "__next__", "__or__", "__pos__", "__pow__", "__radd__",
                "__rdivmod__", "__repr__", "__reversed__", "__rmod__", "__rmul__", "__ror__", "__rsub__",
                "__setitem__", "__str__", "__sub__", "__truediv__", "__xor__", "__length_hint__",
                "__getnewargs__", "__bytes__", "__setstate__", "__subclasses__", "__init__", "__new__",
                "start", "stop", "step", "indices", "to_bytes", "from_bytes", "nbytes", "obj", "format"]
for t in types:
    have = [n for n in names[t] if hasattr(t, n)]
    print(t.__name__, len(have), " ".join(have))
