def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# encoding through bytes(str, encoding, errors)
for s in ['abc', 'h\xe9llo', '\u20ac', '\U0001f600', '', 'a\xe9\u20acb']:
    print(bytes(s, 'utf-8'), bytes(s, 'utf-8', 'strict'), bytearray(s, 'utf8'))
print(bytes('\xe9\xff', 'latin-1'), bytes('abc', 'ascii'), bytes('x', 'ISO-8859-1'), bytes('\xe9', 'L1'))
attempt(lambda: bytes('a\xe9', 'ascii'))
attempt(lambda: bytes('a\xe9\xe8b', 'ascii'))
attempt(lambda: bytes('\u20ac', 'latin-1'))
attempt(lambda: bytes('\U0001f600', 'ascii'))
attempt(lambda: bytes('x\u20ac\u20acy', 'latin-1'))
attempt(lambda: bytes('x', 'foo'))
attempt(lambda: bytes('\ud800', 'utf-8'))
attempt(lambda: bytes('a\ud800\udc00b', 'utf-8'))
