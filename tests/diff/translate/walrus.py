# Assignment expressions: value and binding, in conditions and loops, and
# evaluation order when the target also appears earlier in the expression.
def collatz_len(n):
    steps = 0
    while (n := n // 2 if n % 2 == 0 else 3 * n + 1) != 1:
        steps += 1
    return steps


def order(x):
    return x + (x := 10) + x


print(collatz_len(6), collatz_len(27), order(1))
if (y := 5) > 3:
    print("y", y)
print(y + (y := 1) + y)
