def f(*a, **k):
    return a, len(k)
t = (1, 2)
print(f(*t))
print(f(0, *t, 3, *t))
print(f(*t, x=1))
print(f(*()))
def g(a, b, c=0, *, d=0):
    return a + b + c + d
print(g(*(1, 2)), g(*(1,), *(2,), 3), g(1, *(2, 3), d=4))
args = [5, 6]
print(g(*args))
print(g(*"ab") if False else 1)
print(max(*(3, 9, 2)))
print(*(1, 2, 3), sep="-")
print(*[], "end")
