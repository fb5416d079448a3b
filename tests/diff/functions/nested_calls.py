# Calls as arguments, results of calls in expressions and conditions, and a
# tail of calls through several functions with mixed int/float returns.
def sq(x):
    return x * x


def half(x):
    return x / 2


def inc(x):
    return x + 1


def apply3(x):
    return inc(sq(half(x)))


print(sq(inc(sq(3))), half(sq(7)), apply3(10), apply3(2 ** 30))
print(sq(sq(sq(sq(sq(3))))), sq(2 ** 24), sq(-(2 ** 24)), sq(2 ** 23) * 2)
print(inc(inc(inc(2 ** 47 - 2))), sq(half(3)))
if sq(3) > inc(7) and half(9) < 5:
    print("ok")
n = 0
while sq(n) < 1000:
    n = inc(n)
print(n, max(sq(5), inc(30)), min(half(5), inc(1)))
