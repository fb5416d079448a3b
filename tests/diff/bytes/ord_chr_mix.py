b = b'Hello'
print([c for c in b], [c - 64 for c in b], bytes([c ^ 32 for c in b]), bytes([c for c in b if c > 100]))
total = 0
for c in bytearray(b'\x01\x02\xff'):
    total = total * 256 + c
print(total, total % 1000)
print(int(b[0]) + 1, b[0] == 72, b[0:1] == b'H', b[0] == b'H')
