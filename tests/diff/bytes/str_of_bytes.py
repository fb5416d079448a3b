print(str(b'x'), str(bytearray(b'y')), repr(b'x'), str(b'\x00'))
print([b'x', 'x'], (b'',), {b'k': bytearray(b'v')})
print(str(b'abc', 'ascii'), str(b'', 'utf-8'), str(bytearray(b'\xc3\xa9'), 'utf-8'))
try:
    str(1, 'utf-8')
except TypeError as e:
    print(e)
try:
    str('x', 'utf-8')
except TypeError as e:
    print(e)
try:
    str(b'x', 1)
except TypeError as e:
    print(e)
