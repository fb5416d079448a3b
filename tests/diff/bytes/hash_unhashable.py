def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


attempt(lambda: hash(bytearray(b'x')))
attempt(lambda: {bytearray(b'x'): 1})
attempt(lambda: hash(memoryview(bytearray(b'x'))))
attempt(lambda: hash(memoryview(b'ab').cast('i')) if False else hash(memoryview(b'abcd').cast('i')))
print(hash(memoryview(b'abc')) == hash(b'abc'))
