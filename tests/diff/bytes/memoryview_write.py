def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b'abcdefgh')
m = memoryview(ba)
m[0] = 65
m[-1] = 72
m[1:3] = b'BC'
m[3:5] = memoryview(b'DE')
print(ba)
s = m[::2]
s[0] = 48
s[1:3] = b'12'
print(ba, s.tolist())
r = m[::-1]
r[0] = 33
print(ba)
m[2:6] = m[0:4]
print(ba)
def setit(k, v):
    m[k] = v
attempt(lambda: setit(0, 256))
attempt(lambda: setit(0, -1))
attempt(lambda: setit(0, 'a'))
attempt(lambda: setit(0, b'a'))
attempt(lambda: setit(8, 1))
attempt(lambda: setit(slice(0, 2), b'xyz'))
attempt(lambda: setit(slice(0, 2), 'ab'))
attempt(lambda: setit(slice(0, 2), 5))
attempt(lambda: setit('a', 1))
def delit():
    del m[0]
attempt(delit)
ro = memoryview(b'abc')
attempt(lambda: ro.__setitem__(0, 1) if False else None)
def setro():
    ro[0] = 1
attempt(setro)
def setro2():
    m.toreadonly()[0] = 1
attempt(setro2)
print(m.toreadonly().readonly, m.toreadonly()[0], ba)
