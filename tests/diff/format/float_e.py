# Types e and E: exponents of every size, precision 0 with and without '#'.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [0.0, 1.0, -1.5, 12345.6789, 1e-300, 1.7976931348623157e308, 5e-324, 0.000123, 9.9999e99, 1e100, 123456789012345678901234567890.0]:
    for s in ['e', 'E', '.0e', '#.0e', '.1e', '.3E', '.16e', '+.2e', '15.3e', '<15.3e', '015.3e', '.25e']:
        t(v, s)
