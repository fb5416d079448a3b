# Conversions !r !s !a, with a spec after them; unknown conversions.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as e:
        print(type(e).__name__, e)


class C:
    def __repr__(self):
        return 'C()'
    def __str__(self):
        return 'c'
    def __format__(self, spec):
        return 'F' + spec
print('{0} {0!s} {0!r} {0!a} {0:x}'.format(C()))
print('{0!r:>10}|{0!s:<5}|{0!a:^9}|'.format('ü'))
print('{!r}'.format(1.5), '{!r}'.format([1]), '{!s}'.format(None))
show(lambda: '{!x}'.format(1))
show(lambda: '{!}'.format(1))
show(lambda: '{!rr}'.format(1))
show(lambda: '{!r'.format(1))
show(lambda: '{!'.format(1))
show(lambda: '{!é}'.format(1))
show(lambda: '{0!r:d}'.format(1))
show(lambda: '{!\x01}'.format(1))
