def dec(b, enc='utf-8', err='strict'):
    try:
        return b.decode(enc, err)
    except UnicodeDecodeError as e:
        return ('decode-error', e.start, e.end, e.reason)
    except LookupError as e:
        return ('lookup', str(e))
print(dec(b'ok'), dec(b'\xff'), dec(b'x', 'bogus'), dec(b'\xff', 'ascii'), dec(b'\xe9', 'latin-1'))
try:
    b'\xff'.decode()
except ValueError as e:
    print('caught as ValueError:', type(e).__name__)
try:
    bytes('\xe9', 'ascii')
except UnicodeError as e:
    print('caught as UnicodeError:', type(e).__name__, e.args[0], e.args[2:4])
