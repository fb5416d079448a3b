# repr of containers holding every builtin value type, including recursion in dicts, lists, sets of tuples.
vals = [None, True, 1, -2.5, 1e20, 1e-7, float("inf"), 3j, "q'\"", b"\x00b", bytearray(b"x"), (1,), [], {}, set(),
        frozenset(), range(2), slice(1, 2), ..., NotImplemented, int, len]
print(vals)
d = {"a": vals[:6]}
d["self"] = d
l = [d]
l.append(l)
print(d)
print(l)
print({(1, 2), (3,)}, {frozenset([1])})
