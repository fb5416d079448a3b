# str specs: width, precision (truncates code points), fill and alignment.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in ['', 'a', 'abc', 'héllo wörld', '日本語テキスト', 'x' * 20, '\U0001f600ab']:
    for s in ['', 's', '5', '<5', '>5', '^5', '^6', '.2', '.0', '10.3', '*^9', 'é>8', '€<7.2s', '-^11', '0>6', '05', '3', '.50', '^1.1']:
        t(v, s)
