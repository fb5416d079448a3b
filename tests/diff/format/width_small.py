# A width smaller than the content never truncates.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [123456, -123456, 3.14159, 'hello', 10**30, float('inf')]:
    for s in ['1', '2', '03', '<1', '^2', '=3', '+1', '1,', '1_']:
        t(v, s)
