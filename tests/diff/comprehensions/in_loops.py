res = []
for i in range(3):
    res += [i * 10 + j for j in range(i)]
print(res)
def matrix(n):
    return [[r * n + c for c in range(n)] for r in range(n)]
m = matrix(3)
print(m)
print([[row[i] for row in m] for i in range(3)])
print([x for x in [y for y in range(10) if y % 2] if x > 3])
flat = [c for w in ["ab", "", "cde"] for c in w]
print(flat)
