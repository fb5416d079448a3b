def f(*a): pass
f(*1)
