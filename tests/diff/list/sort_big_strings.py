# Sorting many strings and tuples: timsort with runs, reversed runs, and duplicates.
import_free = [("k%05d" % ((i * 7919) % 5000)) for i in range(5000)]
s = sorted(import_free)
print(s[:3], s[-3:], len(set(s)))
runs = list(range(1000)) + list(range(1000, 0, -1)) + list(range(500))
runs.sort()
print(runs[:5], runs[-5:], runs == sorted(runs))
pairs = [(i % 10, -i) for i in range(100)]
pairs.sort()
print(pairs[:4], pairs[-2:])
pairs.sort(key=lambda p: p[1])
print(pairs[:3])
