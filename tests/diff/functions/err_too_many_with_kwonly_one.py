def f(*, k, m): pass
f(1, k=3, m=4)
