# many short-lived objects through the collector
acc = 0
for i in range(20000):
    b = bytes([i % 256]) * 10
    ba = bytearray(b)
    ba[0] = 1
    m = memoryview(b)
    acc += ba[0] + m[1] + len(b.hex())
print(acc)
keep = [bytes([i % 256]) * 3 for i in range(3000)]
print(len(keep), keep[-1], sum([len(k) for k in keep]))
