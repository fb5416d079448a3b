b = b'abc' * 10000
print(len(b), b[-1], b.count(b'abc'), b.find(b'cab', 29990), len(b.split(b'b')), b[::1000][:5])
ba = bytearray()
for i in range(5000):
    ba.append(i % 256)
print(len(ba), ba[4999], sum(ba) % 1000, bytes(ba[:5]), ba.count(0))
while len(ba) > 10:
    del ba[::2]
print(ba)
m = memoryview(b).cast('i')
print(len(m), m[0], m[-1])
