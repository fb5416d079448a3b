f = b'a,b'.split
print(f(b','), bytes.upper(b'abc'), bytearray.upper(bytearray(b'x')), bytes.hex(b'\x01'), bytes.fromhex('aa'))
g = bytearray(b'x').append
g(121)
print(bytes.join(b'-', [b'a', b'b']), bytes.maketrans(b'a', b'b')[97], bytearray.maketrans(b'', b'')[0])
print(getattr(b'x', 'upper')(), hasattr(b'x', 'decode'), hasattr(b'x', 'append'), hasattr(bytearray(), 'append'), hasattr(memoryview(b''), 'cast'))
try:
    b'x'.nosuch
except AttributeError as e:
    print(e)
try:
    b'x'.append(1)
except AttributeError as e:
    print(e)
