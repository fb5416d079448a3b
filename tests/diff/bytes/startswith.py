def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'hello world'
print(b.startswith(b'hello'), b.startswith(b'world'), b.startswith(b''), b.startswith((b'x', b'he')), b.startswith(()))
print(b.endswith(b'world'), b.endswith(b'o', 0, 5), b.endswith(b'hello', 0, 5), b.startswith(b'world', 6), b.startswith(b'', 11), b.startswith(b'', 12))
print(b.startswith(bytearray(b'h')), bytearray(b).endswith(memoryview(b'ld')), b.endswith(b'd', -1), b.startswith(b'o', -5, -4))
attempt(lambda: b.startswith('h'))
attempt(lambda: b.startswith(1))
attempt(lambda: b.endswith([b'd']))
attempt(lambda: b.startswith(('h',)))
attempt(lambda: b.startswith())
attempt(lambda: b.startswith(b'h', 'x'))
attempt(lambda: b.endswith(b'h', 1, 2, 3))
