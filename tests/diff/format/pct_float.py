# %e %E %f %F %g %G with flags, widths and precisions.
for v in [0.0, -0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-7, 1e20, 1e300, 5e-324, float('inf'), float('-inf'), float('nan'), 7, 10**20]:
    for f in ['%f', '%F', '%e', '%E', '%g', '%G', '%.0f', '%#.0f', '%.2e', '%#.0e', '%.3g', '%#g', '%10.2f|', '%-10.2f|', '%010.2f', '%+.1f', '% .1f', '%+012.3e', '%.15g', '%.20f', '%#.3G']:
        print(repr(f % v), end=' ')
    print()
