# Extended slices with negative steps: reads, writes of equal length, deletes.
l = list(range(12))
print(l[10:2:-3], l[-1:-5:-1], l[::-5], l[5::-2], l[:5:-2])
l[10:2:-3] = ["a", "b", "c"]
print(l)
del l[::-4]
print(l)
try:
    l[::-2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
l[::-1] = l
print(l)
