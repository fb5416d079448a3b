def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'abc'
m = memoryview(b)
m.release()
m.release()
attempt(lambda: m[0])
attempt(lambda: len(m))
attempt(lambda: m.tobytes())
attempt(lambda: m.tolist())
attempt(lambda: m.cast('B'))
attempt(lambda: m.nbytes)
attempt(lambda: m.hex())
attempt(lambda: bytes(m))
attempt(lambda: b'x' + m)
attempt(lambda: list(m))
print(m == m, m == b, m != m)
with memoryview(b) as v:
    print(v.tobytes())
attempt(lambda: v[0])
