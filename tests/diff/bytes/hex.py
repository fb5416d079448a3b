def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'\x00\x01\xab\xff\x10'
print(b.hex(), b''.hex(), b.hex(':'), b.hex(b'-'), b.hex(':', 2), b.hex(':', -2), b.hex(' ', 1), b.hex(':', 10), b.hex(':', 0))
print(b'abcdef'.hex(sep='_', bytes_per_sep=3), b'abcde'.hex(':', 2), b'abcde'.hex(':', -2), bytearray(b'\x0f').hex(), memoryview(b'xy').hex('|'))
attempt(lambda: b.hex(''))
attempt(lambda: b.hex('ab'))
attempt(lambda: b.hex(1))
attempt(lambda: b.hex(':', 'a'))
attempt(lambda: b.hex('\xe9'))
attempt(lambda: b.hex(':', 2**70))
attempt(lambda: b.hex(':', 1, 2))
attempt(lambda: b.hex(zz=1))
