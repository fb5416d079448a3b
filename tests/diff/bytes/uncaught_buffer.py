ba = bytearray(b'x')
m = memoryview(ba)
ba.append(1)
