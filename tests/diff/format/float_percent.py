# Type %: times 100, fixed point, a percent sign.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [0.0, 1.0, 0.5, 0.125, -0.333333, 12.3456, 1e-9, 1e20]:
    for s in ['%', '.0%', '.1%', '.3%', '+.2%', '10.1%', '<10.1%', '010.1%', ',.0%', '#.0%', '*^12.2%']:
        t(v, s)
