def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b'abc')
m = memoryview(ba)
attempt(lambda: ba.append(1))
attempt(lambda: ba.extend(b'x'))
attempt(lambda: ba.pop())
attempt(lambda: ba.clear())
def iadd():
    global ba
    ba += b'x'
attempt(iadd)
ba[0:1] = b'Z'
print(ba, m.tobytes())
def grow():
    ba[0:1] = b'xy'
attempt(grow)
m2 = m[1:]
m.release()
attempt(lambda: ba.append(1))
m2.release()
ba.append(100)
print(ba)
with memoryview(ba) as v:
    print(v[0])
    attempt(lambda: ba.append(1))
ba.append(101)
print(ba, v.readonly if False else 'released')
