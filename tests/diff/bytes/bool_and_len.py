for v in [b'', b'\x00', bytearray(), bytearray(1), memoryview(b''), memoryview(b'x')]:
    print(repr(v) if not isinstance(v, memoryview) else 'mv', bool(v), len(v), 'yes' if v else 'no')
