# Pure int functions run unboxed until a value leaves 48 bits; then the call
# is re-run boxed and must give the exact bigint result.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r = r * i
    return r


def power(b, e):
    r = 1
    while e > 0:
        if e % 2 == 1:
            r = r * b
        b = b * b
        e = e // 2
    return r


print(fib(20), fact(10), fact(17), fact(25), fact(30))
print(power(3, 20), power(3, 40), power(2, 47), power(2, 46), power(-2, 47))
print(fact(5), fact(20))
for k in range(60, 70):
    print(k, power(2, k) - 1, power(-3, k % 40))
