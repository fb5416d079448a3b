# An uncaught KeyError from a missing keyword argument.
print('{a} {b}'.format(a=1))
