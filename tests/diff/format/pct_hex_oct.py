# %x %X %o: alternate form, zero padding, precision, negatives.
for v in [0, 1, 255, -255, 4096, 2**70 + 5, -(2**47), True]:
    for f in ['%x', '%X', '%o', '%#x', '%#X', '%#o', '%8x|', '%-8x|', '%08x', '%#08x', '%#8x', '%#-8x|', '%+#x', '% #o', '%.4x', '%#.4x', '%#10.4X', '%+#010.3o']:
        print(repr(f % v), end=' ')
    print()
