# Fill characters anywhere in Unicode, with every type; '0' as an explicit
# fill before an alignment.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for fill in ['é', '€', '\U0001f600', '日', '0', '{', '}', '<', '=']:
    for v, ty in [(42, 'd'), (-42, 'x'), (3.5, 'f'), ('ab', 's'), (1e300, 'e'), (65, 'c')]:
        for al in ['<', '>', '^', '=']:
            t(v, fill + al + '9' + ty)
