def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


e = b''
ea = bytearray()
print(e, ea, len(e), len(ea), bool(e), bool(ea), not e, e == ea, e + e, ea + e, e * 10)
print(e.split(), e.split(b'x'), e.rsplit(b'x'), e.splitlines(), e.partition(b'x'), ea.rpartition(b'x'))
print(e.strip(), e.upper(), e.hex(), e.decode(), e.center(3), e.zfill(2), e.expandtabs(), e.join([]), e.replace(b'', b'x'))
print(e.find(b''), e.rfind(b''), e.count(b''), e.startswith(b''), e.endswith(b''), b'' in e, e.isalpha(), e.isascii(), e.istitle())
print(list(e), bytes(ea), bytearray(e), memoryview(e).tobytes(), memoryview(e).tolist(), len(memoryview(ea)), e[:], e[::-1], ea[0:0])
attempt(lambda: e[0])
attempt(lambda: ea[0])
attempt(lambda: e.index(b'x'))
attempt(lambda: ea.pop())
attempt(lambda: ea.remove(1))
attempt(lambda: memoryview(e)[0])
attempt(lambda: memoryview(e).cast('i').tolist())
print(memoryview(e).cast('i').tolist())
