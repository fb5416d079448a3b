def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b'abc'.decode('ascii'), b'\xe9\xff\x80'.decode('latin-1'), b'\xe9'.decode('latin1'), b'\xe9'.decode('iso-8859-1'), b'\xe9'.decode('ISO8859-1'), b'\xe9'.decode('l1'))
print(b'x'.decode('us-ascii'), b'x'.decode('US_ASCII'), b'x'.decode('646'), len(bytes(range(256)).decode('latin-1')))
attempt(lambda: b'a\xe9b'.decode('ascii'))
attempt(lambda: b'\xe9\xe9'.decode('ascii'))
print(b'a\xe9b'.decode('ascii', 'replace'), b'a\xe9b'.decode('ascii', 'ignore'), b'a\xe9b'.decode('ascii', 'backslashreplace'), repr(b'a\xe9b'.decode('ascii', 'surrogateescape')))
attempt(lambda: b'x'.decode('foo'))
attempt(lambda: b'x'.decode(''))
attempt(lambda: b'x'.decode('utf-9'))
