# The ValueErrors of str.format templates, in CPython's order.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as e:
        print(type(e).__name__, e)


for tmpl in ['{', '}', 'a{', 'a}b', '{0', '{0:', '{0!', '{:}}', '{{}', '{}}', '{0[}', '{0[0}', '{0.}', '{0..x}', '{0[]}', '{0]}', '{0[0]x}', '{0a{}', '{a{b}', '{0 }', '{:d}', '{:s}', '{} {0}', '{0} {}', '{1}', '{99999999999999999999999}', '{0:99999999999999999999999}']:
    show(lambda: tmpl.format(1))
