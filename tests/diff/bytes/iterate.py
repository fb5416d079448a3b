for c in b'AZ\x00\xff':
    print(c)
print(list(b'abc'), tuple(bytearray(b'xy')), list(b''))
it = iter(b'ab')
print(next(it), next(it), next(it, 'done'))
print([c + 1 for c in b'abc'], sum(b'\x01\x02\x03'), any(b'\x00'), all(b'\x01\x02'))
print(list(enumerate(b'hi')), list(zip(b'ab', b'cd')), list(reversed(b'abc')))
print(sorted(b'dcba'), set(b'aab') == {97, 98})
