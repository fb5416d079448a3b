def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


try:
    b'ab\xffcd'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, isinstance(e, UnicodeError), isinstance(e, ValueError))
    print(str(e), repr(e.args))
try:
    bytes('ab\u20acd', 'ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(e)
try:
    b'\xe2\x82'.decode()
except UnicodeError as e:
    print(type(e).__name__, e, e.start, e.end)
e = UnicodeDecodeError('utf-8', b'\x80\x81', 0, 2, 'custom reason')
print(e, e.object)
e = UnicodeEncodeError('latin-1', '\U0001f600', 0, 1, 'why')
print(e)
e = UnicodeEncodeError('latin-1', '\u1234', 0, 1, 'why')
print(e)
attempt(lambda: UnicodeDecodeError('utf-8', 'str', 0, 1, 'r'))
e = UnicodeDecodeError('utf-8', bytearray(b'\xff'), 0, 1, 'r')
print(e)
