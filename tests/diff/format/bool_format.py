# bool formats as an int, except that an empty spec gives str(): 'True'.
def t(v, s):
    try:
        print(repr(format(v, s)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)


for v in [True, False]:
    for s in ['', 'd', '5', '>5', 'x', '#b', 'f', '.1%', 'e', 'c', 's', ',']:
        t(v, s)
print(format(True), format(False, ''))
