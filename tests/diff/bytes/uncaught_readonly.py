m = memoryview(b'abc')
m[0] = 120
