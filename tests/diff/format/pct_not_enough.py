# Uncaught: fewer arguments than conversions.
print('%s and %s and %s' % (1, 2))
