def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'abcdefgh'
m = memoryview(b)
print(len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m.tolist()[:3], bytes(m[2:4]))
print(m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m[::-2].strides, m[::2].shape, m.obj is b)
print(m.c_contiguous, m.contiguous, m.f_contiguous, m[::2].c_contiguous, m.suboffsets)
print(list(m[:3]), [x for x in m[5:]], bool(m), bool(m[0:0]), len(m[3:1]))
print(m.hex(), m[1:3].hex(':'), m.tobytes(order=None))
print(m == b, m == bytearray(b), m[::2] == b'aceg', m == b'x', m != b, m == 'abc', m[:0] == b'')
ba = bytearray(b)
print(memoryview(ba).readonly, memoryview(m) == m, memoryview(memoryview(ba)).tolist()[:2])
attempt(lambda: memoryview('x'))
attempt(lambda: memoryview(1))
attempt(lambda: memoryview())
attempt(lambda: memoryview(b, 1))
attempt(lambda: m[8])
attempt(lambda: m[-9])
attempt(lambda: m['a'])
attempt(lambda: m[1.5])
attempt(lambda: m < b)
attempt(lambda: m.tolist(1))
