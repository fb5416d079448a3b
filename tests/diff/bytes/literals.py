# bytes literals: prefixes, escapes, implicit concatenation, repr quoting
print(b'', b"", b'abc', B'abc', rb'\n\x00', Rb'\d', br'x\y', bR'z')
print(b'it\'s', b"it's", b'say "hi"', b'both \' and "', b'\\')
print(b'\x00\x01\x1f\x7f\x80\xfe\xff')
print(b'\t\n\r\v\f\a\b\0\17\377')
print(b'con' b'cat' rb'\raw' b'\n')
print(b"""triple
quoted""")
x = b'abc'
y = b'abc'
print(x == y, x is not None, type(x), type(x).__name__)
print(repr(b'\x00' * 3), str(b'q'), len(b'\x00\x00'))
