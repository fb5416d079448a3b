def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


print(b'%d|%i|%u|%s|%b|%c|%c|%%|%r|%a' % (5, -6, 7, b'bytes', bytearray(b'ba'), 65, b'z', 'r\xe9pr', [1, 'a']))
print(b'%x|%X|%o|%#x|%#X|%#o|%x' % (255, 255, 8, 255, 255, 8, -255))
print(b'%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|' % (42, 42, 42, 42, 42, 42, 42))
print(b'%.3d|%#.5x|%8.3x|%-#8o|%#08x' % (7, 255, 255, 8, 255))
print(b'%d %d' % (True, False), b'%s' % memoryview(b'mv'), b'%.1s|%5s|%-5s|' % (b'abc', b'a', b'b'))
print(b'%d' % 2**70, b'%x' % -2**70, b'%o' % 2**64, b'%d' % 2.7, b'%d' % -2.7, b'%i' % 1e20)
print(b'no format' % (), b'%(a)s and %(b)d' % {b'a': b'A', b'b': 2}, b'%(a)s%%' % {b'a': b'x'}, b'abc' % [1], b'x' % {})
print(bytearray(b'%d-%d') % (1, 2), type(bytearray(b'%s') % b'x').__name__)
print(b'%*d|%-*d|%.*f|%*.*f' % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.5))
print(b'%*d|' % (-5, 3), b'%c%c' % (0, 255), b'%s' % b'')
