# The errors of float format specs.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for s in ['d', 'x', 'c', 's', 'b', 'o', 'X', 'r', 'a', 'ff', '.f.', '=', '.', '.e', ',_', '_,', '.99999999999999999999f', '99999999999999999999999f', '\u00e9', '\x7f', ',d', '_s']:
    t(1.5, s)
t(1.5, '.2147483648f')
