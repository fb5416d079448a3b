def fact(n, *, acc=1):
    if n <= 1:
        return acc
    return fact(n - 1, acc=acc * n)
print(fact(20), fact(30))
def sumall(*xs):
    if len(xs) == 0:
        return 0
    return xs[0] + sumall(*xs[1:]) if False else len(xs)
print(sumall(1, 2, 3))
