def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = bytes(range(16))
m = memoryview(b)
i = m.cast('i')
print(i.format, i.itemsize, len(i), i.nbytes, i.tolist(), i.shape, i.strides)
print(m.cast('I').tolist(), m.cast('h').tolist(), m.cast('H')[1], m.cast('q').tolist(), m.cast('Q').tolist(), m.cast('b').tolist()[:3])
print(m.cast('c')[1], m.cast('c').tolist()[:3], m.cast('@B').format, m.cast('l').tolist(), m.cast('L')[0], m.cast('?').tolist()[:3])
print(memoryview(b'\xff\xff\xff\xff').cast('i')[0], memoryview(b'\xff\xff\xff\xff').cast('I')[0], memoryview(b'\xff' * 8).cast('Q')[0], memoryview(b'\x80').cast('b')[0])
print(i.cast('B').tolist() == list(b), i == m, m.cast('b') == m, m.cast('c') == m)
ba = bytearray(8)
w = memoryview(ba).cast('i')
w[0] = -2
w[1] = 2**31 - 1
print(ba, w.tolist())
d = memoryview(bytearray(16)).cast('d')
d[0] = 1.5
d[1] = 3
print(d.tolist())
f = memoryview(bytearray(4)).cast('f')
f[0] = 0.5
print(f.tolist())
c = memoryview(bytearray(b'xyz')).cast('c')
c[0] = b'Q'
print(c.obj)
attempt(lambda: m.cast('i').cast('q'))
attempt(lambda: m[::2].cast('B'))
attempt(lambda: m.cast('x'))
attempt(lambda: m.cast('<i'))
attempt(lambda: m.cast('ii'))
attempt(lambda: memoryview(b[:7]).cast('i'))
attempt(lambda: m.cast(1))
attempt(lambda: m.cast())
def setw(v):
    w[0] = v
attempt(lambda: setw(2**40))
attempt(lambda: setw(1.5))
def setc(v):
    c[0] = v
attempt(lambda: setc(b'zz'))
attempt(lambda: setc(1))
