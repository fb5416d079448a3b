def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'one\ntwo\r\nthree\rfour\n\nfive'
print(b.splitlines(), b.splitlines(True), b.splitlines(keepends=True), b.splitlines(0))
print(b''.splitlines(), b'\n'.splitlines(), b'\n'.splitlines(True), b'x\r'.splitlines(True), b'a\x0bb\x0cc'.splitlines())
print(bytearray(b'a\nb').splitlines())
attempt(lambda: b.splitlines('a'))
attempt(lambda: b.splitlines(keepends=2.0))
attempt(lambda: b.splitlines(1, 2))
attempt(lambda: b.splitlines(zz=1))
