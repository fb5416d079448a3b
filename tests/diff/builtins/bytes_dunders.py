# bytes/bytearray/memoryview dunders called directly.
b = b"abc"
ba = bytearray(b"xyz")
print(b.__len__(), b.__getitem__(1), b.__getitem__(slice(0, 2)), b.__contains__(98), b.__contains__(b"bc"), list(b.__iter__()))
print(b.__add__(b"d"), b.__mul__(2), b.__rmul__(2), b.__mod__(()), b"%s".__mod__(b"q"), b.__lt__(b"b"), b.__ge__(b"abc"))
print(ba.__len__(), ba.__getitem__(-1), ba.__add__(b"!"), ba.__iadd__(b"1"), ba, ba.__imul__(2), ba.__contains__(b"z1"))
ba.__setitem__(slice(0, 3), b"")
ba.__delitem__(0)
print(ba, ba.__eq__(b"1xyz1"), ba.__alloc__() >= len(ba))
m = memoryview(b"hello")
print(m.__len__(), m.__getitem__(0), bytes(m.__getitem__(slice(1, 3))), list(m.__iter__())[:2], m.__eq__(b"hello"))
for f in [lambda: b.__add__(5), lambda: bytes.__len__(ba), lambda: m.__setitem__(0, 1)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
