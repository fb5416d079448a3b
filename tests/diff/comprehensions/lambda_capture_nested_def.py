# A def inside a function called from the element, and lambdas returning
# lambdas, all reading comprehension cells.
def build():
    out = []
    for f in [(lambda: (lambda: i * 10)) for i in range(3)]:
        out.append(f()())
    return out


print(build())
print([(lambda: [lambda: j for j in range(2)])()[0]() for _ in range(2)])
print([[g() for g in [lambda: (a, b) for b in range(2)]] for a in range(2)])
grid = [[lambda: (r, c) for c in range(2)] for r in range(2)]
print([[f() for f in row] for row in grid])
