def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'aaaa'
print(b.count(b'a'), b.count(b'aa'), b.count(b''), b.count(b'', 2), b.count(b'', 5), b.count(97), b.count(b'b'))
print(b.count(b'a', 1), b.count(b'a', 1, 3), b.count(b'a', -2), b'abab'.count(b'ab'), bytearray(b'xx').count(b'x'))
attempt(lambda: b.count())
attempt(lambda: b.count('a'))
attempt(lambda: b.count(b'a', 1, 2, 3))
attempt(lambda: b.count(b'a', 'x'))
attempt(lambda: b.count(x=1))
