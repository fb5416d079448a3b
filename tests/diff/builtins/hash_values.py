# hash() of every hashable builtin type, as CPython 3.11 with PYTHONHASHSEED=0
# (not None, nor ranges of length 0 or 1: their hashes involve hash(None),
# an address in 3.11).
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, -2**61, 2**64 + 5, 10**30, -10**30, True, False,
        0.0, -0.0, 0.5, 1.5, -2.25, 1e300, 1e-300, float("inf"), float("-inf"), 2.0**70, 123456.789,
        1j, 1 + 2j, -3.5j, complex(0, 0), complex(float("inf"), 1),
        "", "a", "hello", "héllo", "日本", "\U0001F600", b"", b"a", b"hello", b"\xff\x00",
        (), (1,), (1, 2), ("a", (1.5, b"x")), frozenset(), frozenset([1, 2]), frozenset("abc"),
        range(5), range(1, 10, 2), range(0, -5, -1)]
for v in vals:
    print(repr(v), hash(v))
print(hash(1) == hash(1.0) == hash(1 + 0j), hash(0.5) == hash(0.5 + 0j), hash("a") == hash(b"a"))
for bad in [[], {}, set(), bytearray(), ([1],), frozenset([1]).union, slice(1)]:
    try:
        h = hash(bad)
        print(type(bad).__name__, type(h).__name__)
    except TypeError as e:
        print("TypeError", e)
print(id(vals) == id(vals), id(vals) != id(vals[:]), type(id(1)).__name__)
