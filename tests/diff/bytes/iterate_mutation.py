# a bytearray may change while it is iterated
ba = bytearray(b'abc')
out = []
for c in ba:
    out.append(c)
    if c == 97:
        ba.append(120)
    if len(ba) > 6:
        break
print(out, ba)
ba = bytearray(b'abcdef')
out = []
for c in ba:
    out.append(c)
    if len(ba) > 2:
        del ba[0]
print(out, ba)
ba = bytearray(b'xy')
it = iter(ba)
print(next(it))
ba.clear()
print(next(it, 'end'), next(it, 'end'))
ba.extend(b'zz')
print(next(it, 'still end'))
