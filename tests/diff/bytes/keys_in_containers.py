d = {}
d[b'one'] = 1
d[b'two'] = 2
d[bytes([111, 110, 101])] += 10
print(d, b'one' in d, bytes(b'two') in d, 'one' in d)
s = set([b'a', b'b', b'a', bytes(bytearray(b'a'))])
print(sorted(s))
l = [b'b', b'a', b'c']
l.sort()
print(l, l.index(b'c'), l.count(b'a'), b'a' in l, bytearray(b'a') in l)
t = (b'x', 1)
print(t, hash(t) == hash((b'x', 1)), t == (b'x', 1))
