def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b'a,b,,c'.split(b','), b'a,b,,c'.split(b',', 1), b'a,b,c'.split(b',', 0), b'abc'.split(b','), b''.split(b','))
print(b'  a  b c  '.split(), b'  a  b c  '.split(None, 1), b'   '.split(), b''.split(), b'a\tb\nc\x0bd\x0ce\rf'.split())
print(b'a::b::c'.split(b'::'), b'a::b::c'.split(sep=b'::', maxsplit=1), b'xax'.split(b'x'), b'abc'.split(maxsplit=-1))
print(bytearray(b'1 2').split(), bytearray(b'1,2').split(b','), b'1-2'.split(bytearray(b'-')), b'1-2'.split(memoryview(b'-')))
print(b'a b c'.split(None, 0), b'  a b c  '.split(None, 0))
attempt(lambda: b'abc'.split(b''))
attempt(lambda: b'abc'.split('a'))
attempt(lambda: b'abc'.split(1))
attempt(lambda: b'abc'.split(maxsplit='a'))
attempt(lambda: b'abc'.split(b'a', 1, 2))
attempt(lambda: b'abc'.split(x=1))
attempt(lambda: b'abc'.split(b'a', maxsplit=1.5))
