# Grouping of a float's integer digits.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [0.5, 1234.5, -1234567.891, 1e20, 123456789.0, 1e-3, 1e16]:
    for s in [',', '_', ',.2f', '_.3f', ',e', ',g', ',.10g', '015,.2f', '020_.1f', ',%', '+,.1f', ',.0f']:
        t(v, s)
