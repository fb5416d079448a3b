"""List workload: append, index, pop, slices, comprehensions, in-place updates on 1M elements."""


def main():
    n = 1000000
    a = []
    for i in range(n):
        a.append(i * 3 % 1001)
    s = 0
    for i in range(len(a)):
        s += a[i]
    for i in range(0, n, 2):
        a[i] = a[i] + 1
    b = [x * 2 for x in a if x % 3 == 0]
    c = a[::3]
    c.reverse()
    stack = []
    for x in c:
        stack.append(x)
        if x % 5 == 0:
            stack.pop()
    print(s, len(b), sum(b), len(c), c[:5], len(stack), stack[-3:])
    m = [[0] * 100 for _ in range(1000)]
    for r in range(1000):
        row = m[r]
        for q in range(100):
            row[q] = r * q
    print(sum(m[999]), m[500][50], a.count(7), a.index(1000))


main()
