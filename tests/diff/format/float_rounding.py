# Correct rounding: halfway cases round to even on the exact binary value.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [0.5, 1.5, 2.5, 3.5, -0.5, -2.5, 0.125, 0.375, 0.625, 2.675, 1.005, 1.0005, 0.045, 1.45, 2.345, 9.995, 99.995, 1234.5, 0.05, 0.15, 0.25, 0.35]:
    for s in ['.0f', '.1f', '.2f', '.3f', '.0e', '.1e', '.1g', '.2g', '.3g', '.1%']:
        t(v, s)
