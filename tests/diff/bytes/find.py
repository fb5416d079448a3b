def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'abcabcabc'
print(b.find(b'c'), b.find(b'ca'), b.find(b'x'), b.find(99), b.find(b''), b.find(b'', 9), b.find(b'', 10))
print(b.find(b'a', 1), b.find(b'a', 1, 3), b.find(b'a', -3), b.find(b'a', None, None), b.find(b'a', -100, 100))
print(b.rfind(b'a'), b.rfind(b'abc'), b.rfind(b'a', 0, 6), b.rfind(b''), b.rfind(b'', 3, 5), b.rfind(120))
print(b.index(b'b'), b.rindex(b'b'), b.index(98, 2), b.rindex(b'bc', 0, 6))
print(b.find(bytearray(b'bc')), b.find(memoryview(b'cab')), bytearray(b).find(b'cab', 3))
print(b.find(b'a', 2**70), b.find(b'a', -2**70), b.find(b'abc', True))
attempt(lambda: b.index(b'z'))
attempt(lambda: b.rindex(b'z'))
attempt(lambda: b.find('a'))
attempt(lambda: b.find(300))
attempt(lambda: b.find(-1))
attempt(lambda: b.find(b'a', 'x'))
attempt(lambda: b.find(b'a', 1.5))
attempt(lambda: b.find())
attempt(lambda: b.find(b'a', 1, 2, 3))
attempt(lambda: b.find(b'a', start=1))
attempt(lambda: bytearray(b).index(b'q'))
