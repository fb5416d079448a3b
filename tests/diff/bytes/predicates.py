def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


tests = [b'', b'abc', b'ABC', b'aBc', b'123', b'abc123', b' \t\n', b'\x80', b'Hello World', b'Hello world', b'HELLO 1', b'hello 1', b'A', b'1', b'\x0b\x0c\r']
for t in tests:
    print(repr(t), t.isalnum(), t.isalpha(), t.isascii(), t.isdigit(), t.islower(), t.isspace(), t.istitle(), t.isupper())
print(bytearray(b'ab').isalpha(), bytearray(b'\xff').isascii())
attempt(lambda: b'a'.isalpha(1))
attempt(lambda: b'a'.isdigit(x=1))
