# Types b, o, x, X with and without '#', negatives, zero padding.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [0, 1, -1, 5, 255, -255, 4096, 2**40 + 3, -(2**47), 2**64, -(2**70) + 1]:
    for s in ['b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', '012b', '#012x', '#012X', '+#x', ' #o', '<#10x', '^#12b', '=#10o', '#_b', '#_x', '_o', '_X', '#020_b']:
        t(v, s)
