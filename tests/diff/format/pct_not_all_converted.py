# Uncaught: more arguments than conversions.
print('%s and %s' % (1, 2, 3))
