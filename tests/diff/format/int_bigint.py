# Huge ints: every base, grouping, widths, and the 4300-digit limit of base 10.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


big = 3**200
for v in [big, -big, 2**128, -(2**128) + 1]:
    for s in ['', 'd', 'x', 'X', '#o', 'b', ',', '_x', '+', '^200', '=+210,']:
        t(v, s)
t(10**5000, 'x')
t(10**5000, 'b')
t(10**5000, '')
t(10**5000, 'd')
t(10**5000, ',')
