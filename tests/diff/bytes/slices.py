b = b'0123456789'
print(b[2:5], b[:3], b[7:], b[:], b[-3:], b[:-3], b[5:2], b[100:], b[-100:2])
print(b[::2], b[1::2], b[::-1], b[::-3], b[8:2:-2], b[2:8:3], b[::100], b[-1:-11:-1])
ba = bytearray(b)
print(ba[2:5], ba[::-1], ba[::3], ba[5:2])
print(type(b[1:2]).__name__, type(ba[1:2]).__name__)
try:
    b[::0]
except ValueError as e:
    print('ValueError', e)
