# '*' takes the width or precision from the arguments.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)


print('%*d|' % (5, 42), '%-*d|' % (5, 42), '%*d|' % (-5, 42))
print('%.*f' % (2, 3.14159), '%*.*f|' % (10, 3, 2.71828), '%.*f' % (-3, 2.5))
print('%*s|%-*s|' % (4, 'a', 4, 'b'))
print('%.*s' % (2, 'abcdef'), '%*c|' % (3, 'z'))
print('%0*d' % (6, -12), '%*x' % (True, 255))
show(lambda: '%*d' % ('5', 1))
show(lambda: '%.*f' % (1.5, 1.0))
show(lambda: '%*d' % (5,))
show(lambda: '%*.*f' % (5, 2))
