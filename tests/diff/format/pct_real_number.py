# Uncaught: %d of a str.
n = '12'
print('%d items' % n)
