def total(xs):
    t = 0
    for x in xs:
        t += x
    return t
print(total([1, 2, 3]), total((10, 20)), total([]), total([0, 1, 2, 3, 4]), total([2**70, 1]))
def find(xs, target):
    i = 0
    for x in xs:
        if x == target:
            return i
        i += 1
    return -1
print(find("hello", "l"), find([1, 2], 9))
def count_chars(s):
    counts = {}
    for c in s:
        if c in counts:
            counts[c] += 1
        else:
            counts[c] = 1
    return counts
print(count_chars("mississippi"))
def pairs(xs):
    out = []
    for i in range(3):
        for x in xs:
            out += [(i, x)]
    return out
print(pairs("ab"))
print(total([0.5, 0.25]))
