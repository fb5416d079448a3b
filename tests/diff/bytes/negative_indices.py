def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'abcdef'
ba = bytearray(b)
for i in range(-6, 0):
    print(i, b[i], ba[i], memoryview(b)[i])
print(b[-3:], b[:-3], b[-4:-1], b[-1:-4:-1], b[-100:-2], ba[-2:], ba[-1::-2])
ba[-6] = 48; ba[-3:-1] = b'XY'; print(ba)
del ba[-1]; del ba[-2:]; print(ba)
print(b.find(b'c', -4), b.count(b'a', -6), b.startswith(b'e', -2), b.endswith(b'e', -3, -1), ba.pop(-1), ba)
ba.insert(-1, 33); print(ba)
attempt(lambda: ba.pop(-10))
attempt(lambda: b[-7])
