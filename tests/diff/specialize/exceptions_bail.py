# An unboxed clone never raises: division by zero, negative shifts and
# unbound locals make it give up, and the boxed run raises exactly.
def safe_div(a, b):
    if b == 0:
        return 0
    return a // b


def div(a, b):
    return a // b + a % b


def shift(a, s):
    return (a << s) >> 1


print(safe_div(7, 2), safe_div(7, 0), div(17, 5), div(-17, 5), div(17, -5))
print(shift(1, 10), shift(3, 46), shift(-3, 47), shift(5, 100))


def maybe(n):
    if n > 0:
        x = n * 2
    return x


print(maybe(4))
print(div(1, 0))
