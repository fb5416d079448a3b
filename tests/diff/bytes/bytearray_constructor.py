def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(bytearray(), bytearray(0), bytearray(2), bytearray([1, 2]), bytearray(b'ab'), bytearray(bytearray(b'c')))
print(bytearray('h\xe9', 'utf-8'), bytearray('x', 'ascii'), bytearray(memoryview(b'mv')), bytearray(range(65, 68)))
a = bytearray(b'abc')
b = bytearray(a)
b[0] = 0
print(a, b, a is b)
attempt(lambda: bytearray(-1))
attempt(lambda: bytearray('abc'))
attempt(lambda: bytearray(1.5))
attempt(lambda: bytearray([300]))
attempt(lambda: bytearray(['a']))
attempt(lambda: bytearray(b'x', 'ascii'))
attempt(lambda: bytearray(b'x', 1))
attempt(lambda: bytearray('x', errors='strict'))
attempt(lambda: bytearray(errors='strict'))
attempt(lambda: bytearray(encoding='utf-8'))
attempt(lambda: bytearray(None))
