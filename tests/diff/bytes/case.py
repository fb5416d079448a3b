def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'hello WORLD 123 \xe9\xc9 mIxEd-case_words'
print(b.lower(), b.upper(), b.swapcase(), b.capitalize(), b.title())
print(b''.upper(), b'ABC'.capitalize(), b'1abc'.capitalize(), b"they're bill's".title(), b'x1y2'.title())
print(bytearray(b'aB').lower(), bytearray(b'aB').swapcase(), type(bytearray(b'x').upper()).__name__)
attempt(lambda: b.lower(1))
attempt(lambda: b.upper(x=1))
attempt(lambda: bytearray(b'x').title(1))
