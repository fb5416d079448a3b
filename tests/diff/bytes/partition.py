def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = b'key=value=x'
print(b.partition(b'='), b.rpartition(b'='), b.partition(b'#'), b.rpartition(b'#'), b.partition(b'key'), b.rpartition(b'x'))
print(bytearray(b'a-b').partition(b'-'), bytearray(b'a-b').rpartition(b'+'), b'a-b'.partition(bytearray(b'-')))
attempt(lambda: b.partition(b''))
attempt(lambda: b.rpartition(b''))
attempt(lambda: b.partition('='))
attempt(lambda: b.partition())
attempt(lambda: b.rpartition(b'=', b'='))
