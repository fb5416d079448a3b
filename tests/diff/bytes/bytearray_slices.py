def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b'0123456789')
ba[2:5] = b'ab'; print(ba)
ba[0:0] = b'XYZ'; print(ba)
ba[-2:] = bytearray(b'!!!!'); print(ba)
ba[3:6] = []; print(ba)
ba[1:2] = [65, 66, 67]; print(ba)
ba[:] = memoryview(b'fresh'); print(ba)
ba[5:2] = b'<>'; print(ba)
ba[::2] = b'ABCD'; print(ba)
ba[::-2] = [1, 2, 3, 4]; print(ba)
ba[::3] = b''; print(ba)
ba = bytearray(b'0123456789')
del ba[::2]; print(ba)
del ba[1:3]; print(ba)
del ba[::-1]; print(ba)
ba = bytearray(b'abc')
ba[1:] = ba; print(ba)
ba[:2] = ba[1:]; print(ba)
ba = bytearray(b'hello')
ba[1:4] = iter([1, 2]); print(ba)
def assign(k, v):
    ba[k] = v
attempt(lambda: assign(slice(0, 1), 5))
attempt(lambda: assign(slice(0, 1), 'ab'))
attempt(lambda: assign(slice(0, 1), 1.5))
attempt(lambda: assign(slice(0, 1), None))
attempt(lambda: assign(slice(None, None, 2), b'x'))
attempt(lambda: assign(slice(None, None, 2), [1, 2, 300]))
attempt(lambda: assign(slice(0, 2), [1, 'a']))
attempt(lambda: assign(slice(None, None, 0), b''))
print(ba)
