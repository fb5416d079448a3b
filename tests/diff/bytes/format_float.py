vals = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e20, 1.5e-7, 123456789.125, float('inf'), float('-inf'), float('nan')]
for v in vals:
    print(b'%f|%F|%e|%E|%g|%G' % (v, v, v, v, v, v))
    print(b'%10.3f|%-10.2e|%+g|% G|%010.1f|%#g|%#.0f|%.0e' % (v, v, v, v, v, v, v, v))
print(b'%f' % 1, b'%e' % 10**20, b'%g' % 2**60, b'%.3g' % 0.0001234, b'%f' % 1e300)
print(b'%.15g|%.17g|%.0f|%.1f' % (0.1, 0.1, 2.5, 0.25))
