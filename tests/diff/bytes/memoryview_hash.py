def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'abcdef')[::2]) == hash(b'ace'), hash(memoryview(b'xy').cast('c')) == hash(b'xy'))
d = {memoryview(b'k'): 1}
print(d[memoryview(b'k')] if False else len(d))
attempt(lambda: hash(memoryview(bytearray(b'x'))))
attempt(lambda: hash(memoryview(b'abcd').cast('i')))
m = memoryview(b'zz')
m.release()
attempt(lambda: hash(m))
