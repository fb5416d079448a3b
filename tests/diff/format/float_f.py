# Types f and F: fixed point, precision, signs, widths.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [0.0, 1.0, -1.5, 3.14159265358979, 1234.5678, -0.0001, 1e-10, 123456789.125, 1e15, 2.5e-7, 1/3, 2/3]:
    for s in ['f', 'F', '.0f', '.1f', '.2f', '.5f', '.12f', '+.3f', ' .3f', '10.2f', '<10.2f', '^12.3f', '=+12.2f', '012.3f', '#.0f', '-.2f', '*>12.2F']:
        t(v, s)
