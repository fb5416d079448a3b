# int.to_bytes and int.from_bytes: CPython 3.11's defaults, checks and messages.
for v in [0, 1, 255, 256, -1, -128, -129, 2**64, -2**63, 10**30, True]:
    for n in [0, 1, 2, 8, 16]:
        for order in ["big", "little"]:
            for signed in [False, True]:
                try:
                    print(v, n, order, signed, v.to_bytes(n, order, signed=signed))
                except OverflowError as e:
                    print(v, n, order, signed, "OverflowError", e)
print((5).to_bytes(), (5).to_bytes(2), (258).to_bytes(length=2, byteorder="little"))
for b in [b"", b"\x00", b"\x01\x00", b"\xff", b"\xff\xff", b"\x80\x00\x00", bytes(range(20))]:
    print(b, int.from_bytes(b), int.from_bytes(b, "little"), int.from_bytes(b, signed=True),
          int.from_bytes(b, byteorder="little", signed=True))
print(int.from_bytes([1, 2]), int.from_bytes(bytearray(b"\x01\x00")), int.from_bytes(memoryview(b"\x02")))
print(int.from_bytes(iter([1, 1])), bool.from_bytes(b"\x01"), bool.from_bytes(b""))
class MyInt(int):
    pass
x = MyInt.from_bytes(b"\x10")
print(type(x).__name__, x)
tests = [lambda: (1).to_bytes(1, "big", True), lambda: (1).to_bytes(-1), lambda: (1).to_bytes(1, "x"),
         lambda: (1).to_bytes(1, byteorder=5), lambda: int.from_bytes(5), lambda: int.from_bytes("ab"),
         lambda: int.from_bytes(b"\x01", "x"), lambda: (1).to_bytes("a"), lambda: int.from_bytes(),
         lambda: (1).to_bytes(1, 1, 1, 1), lambda: (1).to_bytes(foo=1), lambda: int.from_bytes(None),
         lambda: int.from_bytes([256]), lambda: (-1).to_bytes(1), lambda: (256).to_bytes(1),
         lambda: int.from_bytes(b"", "big", True), lambda: (1).to_bytes(10**20)]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((-1).to_bytes(0, signed=True), (1).to_bytes(1, "big", signed=2))
