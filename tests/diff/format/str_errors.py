# The errors of str format specs.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for s in ['+', '-', ' ', '+5', 'z', '#', '#5', '=5', '0=5', ',', '_', ',s', 'd', 'x', 'r', '5.2f', 'ss', '.', '\u00e9']:
    t('abc', s)
