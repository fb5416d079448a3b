# format() of ints with type d (and none): widths, signs, alignments.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [0, 1, -1, 7, -42, 123456789, -987654321, 2**47 - 1, -(2**47), 2**47]:
    for s in ['', 'd', '5', '<6', '>6', '^7', '=8', '+', '-', ' ', '+08', '08', '-08', ' 8', '^+9', '=+9d', '*^10', '0=10', '0>10', '0<10']:
        t(v, s)
