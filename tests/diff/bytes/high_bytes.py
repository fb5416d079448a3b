# all 256 byte values
b = bytes(range(256))
print(len(b), b[0], b[127], b[128], b[255], b[-1])
print(b)
print(repr(b[120:140]))
print(list(b[250:]))
print(bytearray(range(250, 256)))
print(b.hex()[:20], b.hex()[-20:])
