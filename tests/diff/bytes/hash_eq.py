# CPython's bytes hash (PYTHONHASHSEED=0), equal to the str hash for ASCII
for b in [b'', b'a', b'abc', b'hello world', b'\x00', b'\xff\xfe', b'x' * 100]:
    print(repr(b), hash(b))
print(hash(b'abc') == hash('abc'), hash(b'') == hash(''))
d = {b'a': 1, b'b': 2, 'a': 3}
print(d[b'a'], d['a'], len(d))
s = {b'x', b'y', b'x', bytes(b'y')}
print(len(s), b'x' in s, 'x' in s)
print(b'a' == 'a', b'a' != 'a', b'a' == bytearray(b'a'), bytearray(b'a') == b'a')
