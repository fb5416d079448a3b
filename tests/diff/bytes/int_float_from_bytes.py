# int() and float() of bytes-like objects
def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for e in [lambda: int(b"12"), lambda: int(b" 1_0 ", 16), lambda: int(bytearray(b"7")), lambda: int(b"x"), lambda: int(b"\xff"), lambda: float(b"1.5"), lambda: float(b"x"), lambda: float(bytearray(b" 2 ")), lambda: int(memoryview(b"3")), lambda: int(b'0x1f', 0), lambda: int(b'', 10), lambda: float(b'inf'), lambda: int(b'1\x002'), lambda: float(b'\xe9'), lambda: int(bytearray(b'z'), 36), lambda: int(1.5, 10)]:
    attempt(e)
