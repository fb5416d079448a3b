# Nested replacement fields in format specs.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as e:
        print(type(e).__name__, e)


print('{:{}}|'.format('x', 5))
print('{:{}{}}|'.format('x', '>', 6))
print('{0:{1}.{2}f}'.format(3.14159, 10, 3))
print('{val:{fill}{align}{width}}'.format(val='ab', fill='*', align='^', width=8))
print('{0:{w}}|{1:{w}}|'.format(1, 2, w=4))
print('{:{}} {}'.format(1, 3, 'after'))
show(lambda: '{:{:{}}}'.format(1, 2, 3))
show(lambda: '{0:{1:{2}}}'.format(1, 2, 3))
show(lambda: '{:{}}'.format(1))
show(lambda: '{0:{}}'.format(1, 2))
show(lambda: '{:{0}}'.format(1, 2))
show(lambda: '{0:{a}}'.format(1))
show(lambda: '{0:{'.format(1))
