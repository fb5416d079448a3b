# Type 'n' is 'd' in the default C locale: no grouping.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [0, 5, -1234567, 10**20, True]:
    for s in ['n', '10n', '+n', '010n', '<12n', ',n', '_n', '#n']:
        t(v, s)
