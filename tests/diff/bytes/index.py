def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'abcdef'
print(b[0], b[5], b[-1], b[-6], b[True])
attempt(lambda: b[6])
attempt(lambda: b[-7])
attempt(lambda: b['a'])
attempt(lambda: b[1.5])
attempt(lambda: b[None])
attempt(lambda: b[2**70])
attempt(lambda: b''[0])
ba = bytearray(b'abc')
print(ba[0], ba[-1])
attempt(lambda: ba[3])
attempt(lambda: ba[-4])
attempt(lambda: ba['x'])
