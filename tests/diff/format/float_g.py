# Types g and G: fixed or exponent by the exponent, trailing zeros removed
# unless '#'.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [0.0, 1.0, 100.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1.5e-5, 12345.6789, 1e16, 1e15, 9.999995e-5, 0.1, 2/3, -123.456]:
    for s in ['g', 'G', '.0g', '.1g', '.2g', '.3g', '.10g', '.17g', '#g', '#.3g', '#.0g', '+g', '12g', '012.4g', '<12.2G']:
        t(v, s)
