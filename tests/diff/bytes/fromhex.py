def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(bytes.fromhex(''), bytes.fromhex('00ff'), bytes.fromhex('DE AD be ef'), bytes.fromhex(' ab '), bytes.fromhex('ab\x0bcd\t\n'), bytearray.fromhex('0102'))
print(b'x'.fromhex('41'), type(bytearray(b'').fromhex('41')).__name__)
attempt(lambda: bytes.fromhex(b'ab'))
attempt(lambda: bytes.fromhex('a'))
attempt(lambda: bytes.fromhex('zz'))
attempt(lambda: bytes.fromhex('ab c'))
attempt(lambda: bytes.fromhex('abc d'))
attempt(lambda: bytes.fromhex('\xe9\xe9'))
attempt(lambda: bytes.fromhex('ab \xe9'))
attempt(lambda: bytes.fromhex())
attempt(lambda: bytes.fromhex('a', 'b'))
attempt(lambda: bytearray.fromhex('0g'))
print(bytes.fromhex(b'\x00\x7f\xff'.hex()) == b'\x00\x7f\xff')
