def gen():
    for i in range(3):
        yield_ = bytes([65 + i])
        lst.append(yield_)
lst = []
gen()
print(b'-'.join(lst), b''.join(lst * 2), b'|'.join([x.lower() for x in lst]))
print(b', '.join(map(bytes, [[1], [2]])), b'.'.join(filter(None, [b'a', b'', b'b'])))
