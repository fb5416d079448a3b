def f(x):
    return x + 1
def use():
    return f(1)
print(use())
def g(x):
    return x * 100
f = g
print(use())
def f(x):
    return -x
print(use())
