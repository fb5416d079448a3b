def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


data = [b'a\xffb', b'\xc3', b'x\xe2\x82y', b'\xed\xa0\x80z', b'\x80\x81', b'ok']
for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    for d in data:
        attempt(lambda: d.decode('utf-8', h))
attempt(lambda: b'abc'.decode('utf-8', 'nosuch'))
attempt(lambda: b'\xff'.decode('utf-8', 'nosuch'))
attempt(lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
attempt(lambda: b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800')
attempt(lambda: b'\xff'.decode('utf-8', 'surrogatepass'))
attempt(lambda: b'\xff'.decode(errors='replace'))
attempt(lambda: b'x'.decode(1))
attempt(lambda: b'x'.decode('utf-8', 1))
attempt(lambda: b'x'.decode(errors=1))
attempt(lambda: b'x'.decode('utf-8', 'strict', 3))
attempt(lambda: b'x'.decode(zz=1))
