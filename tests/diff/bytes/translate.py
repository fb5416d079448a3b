def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], t[:3])
print(b'aabbcc'.translate(t), b'abcdef'.translate(t, b'de'), b'abcdef'.translate(None, b'ace'), b'abc'.translate(None), b'abc'.translate(t, delete=b'a'))
print(bytearray(b'abc').translate(t), bytearray.maketrans(b'a', b'b')[97], b'abc'.translate(bytearray(t)))
attempt(lambda: b'a'.translate(b'x'))
attempt(lambda: b'a'.translate('x'))
attempt(lambda: b'a'.translate(None, 'x'))
attempt(lambda: b'a'.translate())
attempt(lambda: bytes.maketrans(b'a', b'bc'))
attempt(lambda: bytes.maketrans('a', 'b'))
attempt(lambda: bytes.maketrans(b'a'))
attempt(lambda: b'a'.translate(zz=1))
