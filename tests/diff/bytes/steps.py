b = bytes(range(20))
for start in [None, 0, 3, -5, 25]:
    for stop in [None, 0, 7, -2]:
        for step in [None, 1, 2, -1, -3, 7]:
            s = b[start:stop:step]
            print(start, stop, step, list(s), list(bytearray(b)[start:stop:step]) == list(s), memoryview(b)[start:stop:step].tolist() == list(s))
