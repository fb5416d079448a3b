# sum() of floats adds left to right in doubles, as CPython 3.11 (no
# compensated summation: that arrived in 3.12); start values; min/max
# mixing ints and floats keep the first of equal values.
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]))
print(sum([1, 2.5, 3]), sum([1.5, 2, 10 ** 20]), sum([], 0.5), sum([1, 2], 0.5), sum(range(10), -0.0))
print(sum([2 ** 70, 1.0]), sum([1.0, 2 ** 70]), sum([-0.0, -0.0]), sum([-0.0]), sum([], -0.0))
print(sum([float("inf"), 1]), sum([float("inf"), float("-inf")]), sum([1e308, 1e308]))
print(sum([True, True, 0.5]), sum([1j, 2.5]), sum([x / 7 for x in range(100)]))
vals = [x * 0.1 for x in range(1000)]
print(sum(vals), sum(vals, 1e16), sum(reversed(vals)))
try:
    sum([1.0, 10 ** 400])
except OverflowError as e:
    print("OverflowError", e)
try:
    sum([1.0, "a"])
except TypeError as e:
    print("TypeError", e)
print(max(1, 1.0), max(1.0, 1), min(1, 1.0, True), max(True, 1), min(0, -0.0, False), max(-0.0, 0))
print(max([2 ** 70, 1e21, 1e22]), min(float("inf"), 10 ** 400), max(3, 3.5, 2), min([3.0, 2, 2.0]))
print(max(float("nan"), 1), max(1, float("nan")), min(float("nan"), 1), min(1, float("nan")))
print(max(1j.imag, 0.5), min([0.1 + 0.2, 0.3]), max(range(3), key=lambda x: -x))
