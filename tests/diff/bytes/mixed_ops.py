# results keep the type of the left/self operand
ba = bytearray(b'a b')
for r in [ba.split(), ba.upper(), ba.strip(), ba.replace(b'a', b'c'), ba.partition(b' '), ba.center(5), ba.zfill(4), ba.join([b'1', b'2']), ba + b'x', b'x' + ba, ba * 2, ba[0:1], ba.translate(None), ba.removeprefix(b'a'), ba.title(), ba.expandtabs(), ba.ljust(5)]:
    print(repr(r))
b = b'a b'
for r in [b.split(), b.upper(), b.join([bytearray(b'1'), bytearray(b'2')]), b + ba, b.replace(b'a', bytearray(b'c'))]:
    print(repr(r))
