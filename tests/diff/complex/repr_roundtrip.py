# complex(repr(z)) == z for many values; str/repr agree; parts keep signs.
x = 0.37
vals = []
for i in range(300):
    x = 3.99 * x * (1 - x)
    vals.append(complex(x * 10 ** (i % 40 - 20), (0.5 - x) * 2.0 ** (i % 200 - 100)))
vals += [complex(0.0, -0.0), complex(-0.0, -0.0), complex(1e-320, -1e300), 1j, -1j, 0j]
bad = 0
for z in vals:
    r = repr(z)
    w = complex(r)
    if w != z or repr(w) != r or str(z) != r:
        bad += 1
        print("mismatch", r)
print(len(vals), "values", bad, "mismatches")
print([repr(z) for z in vals[:40]])
