# printf-style errors and their messages.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)


for f, a in [('%', ()), ('abc%', (1,)), ('%5', (1,)), ('%.', (1,)), ('%-', (1,)), ('%z', (1,)), ('%y', ()), ('%é', (1,)), ('ab€%k', (1,)), ('%\x01', (1,)),
             ('%d', 'x'), ('%i', 'x'), ('%u', None), ('%x', 1.5), ('%X', 'a'), ('%o', [1]), ('%e', 'x'), ('%f', None), ('%g', [1]),
             ('%d', float('nan')), ('%x', float('inf')), ('%d', float('inf')), ('%f', 10**400), ('%c', 'ab'),
             ('%s %s %s', (1, 2)), ('%s', (1, 2, 3)), ('%05%', ()), ('%%%', ()), ('%.99999999999f', (1.0,)), ('%999999999999999999999d', (1,))]:
    show(lambda: f % a)
