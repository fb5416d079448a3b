# printf-style %d %i %u: flags - + space 0, width, precision (minimum digits).
for v in [0, 1, -1, 42, -42, 123456789, 2**64, -(3**50), True, False]:
    for f in ['%d', '%i', '%u', '%5d', '%-5d|', '%05d', '%+d', '% d', '%+05d', '% 05d', '%-+6d|', '%.3d', '%8.3d', '%-8.3d|', '%08.3d', '%+.5i', '%ld', '%hd', '%Ld']:
        print(repr(f % v), end=' ')
    print()
for v in [3.99, -3.99, 1e20, -0.5]:
    print('%d %i %5u %+d' % (v, v, v, v))
