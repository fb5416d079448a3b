# One argument or a tuple; a tuple argument must be wrapped; mappings
# (anything with __getitem__, lists too) allow unused arguments.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)


print('%s' % 5, '%s' % 'str', '%s' % [1, 2], '%s' % {'k': 1}, '%s' % ((1, 2),))
print('%s %s' % (1, 2), '%s' % (1,), repr('' % ()), repr('x' % []), repr('x' % {}))
print('%s' % None, '%r' % ('q',))
show(lambda: '%s' % (1, 2))
show(lambda: '%s %s' % (1,))
show(lambda: 'x' % 5)
show(lambda: 'x' % (1,))
show(lambda: 'x' % 'y')
show(lambda: 'x' % '')
show(lambda: '%s' % ())
show(lambda: '%s %s' % [1, 2])
show(lambda: '%d' % [1])
