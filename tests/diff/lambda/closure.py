def mul(n):
    return lambda x: x * n
print(mul(3)(4), mul(-1)(5))
n = 100
g = lambda x: x + n
n = 200
print(g(1))
h = lambda x: (lambda y: x + y)
print(h(1)(2))
