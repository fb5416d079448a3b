b'x'.decode('no-such-codec')
