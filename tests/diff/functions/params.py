# Positional parameters: binding order, rebinding parameters doesn't affect
# the caller, arguments evaluated left to right before the call.
def order(a, b, c):
    return a * 100 + b * 10 + c


def trace(v):
    print("arg", v)
    return v


def swap_sum(a, b):
    t = a
    a = b
    b = t
    return a - b


print(order(1, 2, 3), order(3, 2, 1))
print(order(trace(1), trace(2), trace(3)))
x = 5
y = 9
print(swap_sum(x, y), x, y)


def compose(n):
    return order(n, n + 1, n + 2) + order(n + 2, n + 1, n)


print(compose(1), compose(-1), compose(2 ** 47))
print(trace(trace(7) + trace(8)))


def poly(x, a, b, c):
    return a * x * x + b * x + c


for k in range(-3, 4):
    print(k, poly(k, 2, -3, 1), poly(k * 0.5, 1.5, 0, -2), poly(2 ** 30 + k, 1, 1, 1))
