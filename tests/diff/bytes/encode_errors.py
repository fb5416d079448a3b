def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


s = 'a\xe9\u20ac\U0001f600b'
for enc in ['ascii', 'latin-1']:
    for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape']:
        attempt(lambda: bytes(s, enc, h))
attempt(lambda: bytes('\udcff\udc80', 'utf-8', 'surrogateescape'))
attempt(lambda: bytes('\udcff\udc80', 'ascii', 'surrogateescape'))
attempt(lambda: bytes('\udcff\ud800', 'utf-8', 'surrogateescape'))
attempt(lambda: bytes('\udc41', 'utf-8', 'surrogateescape'))
attempt(lambda: bytes('\ud800x', 'utf-8', 'surrogatepass'))
attempt(lambda: bytes('\ud800', 'utf-8', 'replace'))
attempt(lambda: bytes('\ud800', 'utf-8', 'backslashreplace'))
attempt(lambda: bytes('\ud800', 'utf-8', 'xmlcharrefreplace'))
attempt(lambda: bytes('\ud800', 'utf-8', 'ignore'))
attempt(lambda: bytes('\xe9', 'ascii', 'nosuch'))
attempt(lambda: bytes('abc', 'ascii', 'nosuch'))
attempt(lambda: bytes('\xe9', 'latin-1', 'surrogatepass'))
