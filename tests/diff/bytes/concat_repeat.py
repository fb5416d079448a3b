def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b'ab' + b'cd', b'' + b'', b'x' + bytearray(b'y'), bytearray(b'y') + b'x')
print(b'ab' + memoryview(b'cd'), bytearray(b'1') + memoryview(b'2'))
print(b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -2, bytearray(b'x') * 2, 2 * bytearray(b'z'), b'' * 5)
print(b'q' * True, b'q' * False)
attempt(lambda: b'a' + 'b')
attempt(lambda: b'a' + 1)
attempt(lambda: bytearray(b'a') + 'b')
attempt(lambda: 'a' + b'b')
attempt(lambda: b'a' * 'b')
attempt(lambda: b'a' * 1.5)
attempt(lambda: bytearray(b'a') * 2.0)
attempt(lambda: memoryview(b'a') + b'b')
attempt(lambda: b'a' * 2**70)
attempt(lambda: b'a' - b'a')
