# inf, nan and -0.0 under every float type; 'z' drops the sign of zero.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


inf = float('inf')
nan = float('nan')
for v in [inf, -inf, nan, -nan, -0.0, 0.0, -1e-10]:
    for s in ['', 'f', 'F', 'e', 'E', 'g', 'G', '%', 'n', '+', ' ', '10', '010', '<10f', '=+10', '.2f', 'z', 'z.2f', 'z.1e', 'z%', '+z.0f', ',']:
        t(v, s)
