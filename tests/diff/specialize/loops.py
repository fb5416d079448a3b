# Loops inside unboxed clones: range with every step form, while/else,
# break/continue, and bounds around the 48-bit limit.
def tri(n):
    s = 0
    for i in range(n):
        s += i
    return s


def down(a, b, c):
    s = 0
    for i in range(a, b, c):
        s = s * 3 + i
    return s


def first_multiple(n, k):
    i = 1
    while i < n:
        if i % k == 0:
            break
        i += 1
    else:
        return -1
    return i


def odd_sum(n):
    s = 0
    for i in range(n):
        if i % 2 == 0:
            continue
        s += i
    return s


print(tri(0), tri(1), tri(1000), tri(10 ** 6))
print(down(10, 0, -1), down(0, 10, 3), down(5, 5, 1), down(0, 40, 1))
print(first_multiple(100, 7), first_multiple(5, 7), odd_sum(101))
print(tri(2 ** 47 - 1 - (2 ** 47 - 1) + 5))
print(down(2 ** 47 - 3, 2 ** 47 + 3, 1))
print(down(1, 5, 0))
