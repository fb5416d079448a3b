def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b'prefix-body'.removeprefix(b'prefix-'), b'body'.removeprefix(b'x'), b'abc'.removeprefix(b''), b'abc'.removeprefix(b'abcd'))
print(b'body.txt'.removesuffix(b'.txt'), b'body'.removesuffix(b'x'), b'abc'.removesuffix(b''), bytearray(b'ab').removesuffix(b'b'), bytearray(b'ab').removeprefix(b'z'))
attempt(lambda: b'abc'.removeprefix('a'))
attempt(lambda: b'abc'.removesuffix(1))
attempt(lambda: b'abc'.removeprefix())
