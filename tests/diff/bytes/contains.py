def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'hello'
print(104 in b, 0 in b, b'ell' in b, b'' in b, b'xyz' in b, bytearray(b'lo') in b, memoryview(b'he') in b)
print(b'h' in bytearray(b'hi'), 105 in bytearray(b'hi'), 255 in b'\xff', True in b'\x01')
print(b'x' not in b, 108 not in b)
attempt(lambda: 'h' in b)
attempt(lambda: 256 in b)
attempt(lambda: -1 in b)
attempt(lambda: 1.0 in b)
attempt(lambda: None in bytearray(b'x'))
