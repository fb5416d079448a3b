def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'  \t hello \n\x0b\x0c\r '
print(b.strip(), b.lstrip(), b.rstrip(), b'xxhixx'.strip(b'x'), b'xyhiyx'.strip(b'xy'), b'abc'.strip(b''), b'abc'.strip(None))
print(b'aab'.lstrip(b'a'), b'abb'.rstrip(b'b'), b''.strip(), b'   '.strip(), bytearray(b' q ').strip(), b'-q-'.strip(bytearray(b'-')))
attempt(lambda: b.strip('a'))
attempt(lambda: b.strip(b'a', b'b'))
attempt(lambda: b.lstrip(1))
attempt(lambda: b.rstrip(chars=b'a'))
