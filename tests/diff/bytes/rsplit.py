def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b'a,b,,c'.rsplit(b','), b'a,b,,c'.rsplit(b',', 1), b'a,b,c'.rsplit(b',', 0), b'abc'.rsplit(b','))
print(b'  a  b c  '.rsplit(), b'  a  b c  '.rsplit(None, 1), b'  a  b c  '.rsplit(None, 0), b'   '.rsplit())
print(b'a::b::c'.rsplit(b'::', 1), b'xax'.rsplit(b'x'), b'aaa'.rsplit(b'aa'), b'aaa'.split(b'aa'), bytearray(b'a b').rsplit())
attempt(lambda: b'abc'.rsplit(b''))
attempt(lambda: b'abc'.rsplit('a'))
attempt(lambda: b'abc'.rsplit(zz=1))
