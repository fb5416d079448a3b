def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


ba = bytearray(b'abcdef')
ba[0] = 65; ba[-1] = 70; ba[2] = True; print(ba)
def setit(k, v):
    ba[k] = v
attempt(lambda: setit(10, 1))
attempt(lambda: setit(-7, 1))
attempt(lambda: setit(0, 256))
attempt(lambda: setit(0, -1))
attempt(lambda: setit(0, 'a'))
attempt(lambda: setit(0, b'a'))
attempt(lambda: setit(0, 1.0))
attempt(lambda: setit('a', 1))
attempt(lambda: setit(10, 'x'))
print(ba)
del ba[0]; print(ba)
del ba[-1]; print(ba)
def delit(k):
    del ba[k]
attempt(lambda: delit(10))
attempt(lambda: delit('a'))
print(ba)
