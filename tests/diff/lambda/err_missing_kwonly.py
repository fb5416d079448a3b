f = lambda *, k: k
f()
