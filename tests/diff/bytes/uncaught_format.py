print(b'%d' % b'x')
