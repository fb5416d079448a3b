def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'abc'
print(b.center(9), b.center(8), b.center(8, b'*'), b.center(2), b.center(-1), b'ab'.center(5), b'ab'.center(6, b'-'))
print(b.ljust(6), b.ljust(6, b'.'), b.rjust(6), b.rjust(6, b'0'), b.ljust(1), bytearray(b'x').rjust(3, b'-'), b.center(7, bytearray(b'=')))
attempt(lambda: b.center(5, 'a'))
attempt(lambda: b.center(5, b'ab'))
attempt(lambda: b.center('a'))
attempt(lambda: b.ljust(5, 'a'))
attempt(lambda: b.rjust(5, 1))
attempt(lambda: b.center())
attempt(lambda: b.center(1, b'x', 2))
attempt(lambda: b.center(2**70))
attempt(lambda: b.center(1.5))
attempt(lambda: b.center(5, fillchar=b'x'))
