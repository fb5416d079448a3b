# Sets of strs and bytes with equal hashes stay distinct elements; order as CPython.
s = {"a", b"a", "b", b"b", "ab", b"ab"}
print(len(s), "a" in s, b"a" in s, bytearray(b"a") in s if False else "-", sorted(map(repr, s)))
print({"x", "y"} | {b"x"}, {"é", "e", "É"}, {"", b"", ()})
