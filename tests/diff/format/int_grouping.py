# Thousands separators: ',' and '_' every 3 digits, '_' every 4 in bin/oct/hex,
# and zero padding that is grouped too.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [0, 7, 999, 1000, -1000, 123456, 1234567, -12345678, 10**12, -(10**21) - 7]:
    for s in [',', '_', ',d', '_d', '10,', '010,', '015,d', '-012,', '+012_', '=12,', '^15,', '*>15_', '020_', '05,', '06,', '07,', '08,', '_b', '_x', '_o', '_X', '#_x', '012_x', '#012_x']:
        t(v, s)
