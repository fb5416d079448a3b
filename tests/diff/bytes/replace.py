def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'aaa bbb aaa'
print(b.replace(b'aaa', b'X'), b.replace(b'aaa', b'X', 1), b.replace(b'a', b''), b.replace(b'z', b'y'), b.replace(b'a', b'b', 0))
print(b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), b''.replace(b'', b'x'), b'ab'.replace(b'ab', b'abab'), b'aa'.replace(b'a', b'b', -1))
print(bytearray(b'xyx').replace(b'x', b'Z'), b'xyx'.replace(bytearray(b'y'), memoryview(b'Q')))
attempt(lambda: b.replace('a', b'b'))
attempt(lambda: b.replace(b'a', 'b'))
attempt(lambda: b.replace(b'a', b'b', 'x'))
attempt(lambda: b.replace(b'a'))
attempt(lambda: b.replace(b'a', b'b', 1, 2))
attempt(lambda: b.replace(b'a', b'b', count=1))
