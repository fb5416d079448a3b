def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


pairs = [(b'a', b'b'), (b'abc', b'ab'), (b'', b''), (b'\xff', b'\x00'), (b'ab', bytearray(b'ab')), (bytearray(b'a'), b'b')]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
print(sorted([b'b', b'a', b'ab', b'', b'\xff']))
print(max(b'xyz'), min(b'xyz'), sorted(bytearray(b'cab')))
attempt(lambda: b'a' < 'a')
attempt(lambda: b'a' < 1)
attempt(lambda: bytearray(b'a') >= 'a')
print(b'a' == 1, b'1' == 1, [b'a'] == [b'a'], (b'a', 1) < (b'a', 2))
