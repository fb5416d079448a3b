def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(5), b'42'.zfill(1), b''.zfill(3), b'-'.zfill(3), b'a-b'.zfill(5), bytearray(b'7').zfill(3))
print(b'a\tb\tc'.expandtabs(), b'a\tb'.expandtabs(4), b'ab\tc\nd\te'.expandtabs(3), b'\t'.expandtabs(0), b'x\ty'.expandtabs(-1), b'a\r\tb'.expandtabs(tabsize=2))
attempt(lambda: b'1'.zfill('a'))
attempt(lambda: b'1'.zfill())
attempt(lambda: b'1'.expandtabs('a'))
attempt(lambda: b'1'.expandtabs(1, 2))
attempt(lambda: b'1'.expandtabs(size=2))
