# Slicing ranges with all sign combinations of start/stop/step matches list slicing.
rs = [range(10), range(10, 0, -1), range(-5, 5, 3), range(0), range(3, 20, 4)]
sls = [slice(None), slice(2, None), slice(None, -2), slice(None, None, -1), slice(-3, 1, -2), slice(1, 100, 3),
       slice(-100, -1, 2), slice(5, 2), slice(None, None, 4)]
bad = 0
for r in rs:
    for s in sls:
        if list(r[s]) != list(r)[s]:
            bad += 1
        print(r[s], end=" ")
    print()
print("mismatches", bad)
