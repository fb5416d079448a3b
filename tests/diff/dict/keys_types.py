# dict keys of many types: hash/eq interplay, -1 hashes, big ints, floats equal to ints.
d = {}
for k in [-1, -2, 2**61 - 1, 2**61, 2**64, -2**64, 0.5, 1.0, 1, True, "", b"", (), frozenset(), 1j, None]:
    d[k] = repr(k)
print(len(d), d[-1], d[-2], d[2**61], d[1], d[0.5], d[()], d[None], d[1j])
print(list(d.keys()))
e = {2**61 - 1: "m", 0: "z"}
print(e.get(2**61 - 1), e.get(0.0), e.get(-0.0), e.get(False))
