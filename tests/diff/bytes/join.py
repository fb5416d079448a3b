def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b','.join([b'a', b'b', b'c']), b''.join([]), b'-'.join([b'x']), b', '.join((bytearray(b'1'), memoryview(b'2'), b'3')))
print(b'.'.join(iter([b'p', b'q'])), bytearray(b'+').join([b'a', b'b']), b'x'.join([b'' for _ in range(3)]))
attempt(lambda: b','.join(['a']))
attempt(lambda: b','.join([b'a', 1]))
attempt(lambda: b','.join(5))
attempt(lambda: b','.join())
attempt(lambda: b','.join([b'a'], [b'b']))
