# Ints formatted with the float types convert to float first.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [0, 1, -3, 12345, 2**53 + 1, 10**16, -(10**22), 10**308, 10**309]:
    for s in ['e', 'E', 'f', 'F', 'g', 'G', '%', '.2f', '.3e', '.10g', ',.2f', '012.1f', '+.1%', '#g']:
        t(v, s)
