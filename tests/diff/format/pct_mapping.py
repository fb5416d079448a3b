# %(key)s takes arguments from a mapping.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)


d = {'name': 'Ann', 'n': 3, 'x': 2.5, 'a(b)': 'paren', '': 'empty'}
print('%(name)s has %(n)d items costing %(x).2f' % d)
print('%(name)-6s|%(n)05d|%(x)+e' % d)
print('%(a(b))s %()s %(name)r %%' % d)
print('%(n)s %(n)s' % d)
print('no keys at all' % d)
print('%(0)s' % {'0': 'zero'})
class M:
    def __getitem__(self, k):
        return k * 2
print('%(ab)s %(x)s' % M())
show(lambda: '%(missing)s' % d)
show(lambda: '%(name)s' % ('t',))
show(lambda: '%(name)s' % 5)
show(lambda: '%(name' % d)
show(lambda: '%(name)' % d)
show(lambda: '%(name)s %s' % d)
show(lambda: '%s %(name)s' % d)
show(lambda: '%(name)*d' % d)
