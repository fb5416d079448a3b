# %c: an int code point or a one-character str; its errors.
def show(f):
    try:
        print(repr(f()))
    except (ValueError, TypeError, KeyError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [65, 0x20AC, 0x1F600, 'x', 'é', True]:
    for f in ['%c', '%3c', '%-3c|', '%03c', '%.0c']:
        show(lambda: f % v)
for v in [-1, 0x110000, 2**70, 'ab', '', 1.5, None, [65]]:
    show(lambda: '%c' % v)
