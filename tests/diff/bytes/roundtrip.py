# surrogateescape round-trips arbitrary bytes
data = bytes(range(256))
s = data.decode('utf-8', 'surrogateescape')
print(len(s), bytes(s, 'utf-8', 'surrogateescape') == data)
s2 = data.decode('latin-1')
print(len(s2), bytes(s2, 'latin-1') == data)
t = 'na\xefve \u2603 \U0001d11e'
b = bytes(t, 'utf-8')
print(b, len(b), b.decode() == t, str(b, 'utf-8') == t, str(b, encoding='utf-8'), str(b'\xff', 'utf-8', 'replace'))
print(str(bytearray(b'ba'), 'ascii'), str(memoryview(b'mv'), 'ascii'), str(b'x', errors='strict'))
