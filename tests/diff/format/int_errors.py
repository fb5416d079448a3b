# The ValueErrors of int format specs.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for s in ['.2', '.2d', 'z', 'zd', 's', 'Z', 'r', 'a', 'dd', '10.x', '5,,', ',_', '_,', '.', '.d', '#,c', '0x', 'é', '\x01', '99999999999999999999', '.99999999999999999999', '9999999999999999999999999d', ',b', ',x', ',o', ',c', '_c', ',n']:
    t(42, s)
