def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b'plain'.decode(), b'h\xc3\xa9llo'.decode(), b'\xe2\x82\xac'.decode('utf-8'), b'\xf0\x9f\x98\x80'.decode('utf8'), b''.decode())
print(len(b'\xf0\x9f\x98\x80'.decode()), b'\xc3\xa9'.decode('UTF-8'), b'\xc3\xa9'.decode('Utf_8'), b'\xc3\xa9'.decode(encoding='u8'))
for bad in [b'\xff', b'a\x80b', b'\xc3', b'\xc3(', b'\xe2\x82', b'\xe2(\xa1', b'\xe2\x82(', b'\xed\xa0\x80', b'\xf0\x9f\x98', b'\xf0(\x8c\xbc', b'\xf0\x90(\xbc', b'\xf0\x90\x8c(', b'\xf4\x90\x80\x80', b'\xf5\x80', b'\xc0\xaf', b'\xe0\x80\xaf', b'\xf0\x80\x80\xaf']:
    attempt(lambda: bad.decode())
