# repr picks the quote CPython picks
for b in [b"'", b'"', b'\'"', b'a\'b', b'a"b', b'', b'\\\'']:
    print(repr(b), str(b), len(repr(b)))
print(repr(bytearray(b"'")), repr(bytearray(b'"\'')), repr(bytearray()))
print(str(bytearray(b'x\x00')), [b'a', bytearray(b'b')], (b'c',), {b'k': b'v'})
