# Type 'c': the character with that code point; its errors.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [65, 97, 48, 0x20AC, 0x1F600, 0xE9, 32, 0, 0x10FFFF]:
    for s in ['c', '5c', '<5c', '^5c', '*>4c', '05c', '=5c']:
        t(v, s)
for v, s in [(65, '+c'), (65, ' c'), (65, '#c'), (65, ',c'), (65, '_c'), (65, '.2c'), (-1, 'c'), (0x110000, 'c'), (2**80, 'c'), (True, 'c'), (65, 'zc')]:
    t(v, s)
