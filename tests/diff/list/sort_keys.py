# list.sort with key functions: tuples, strings, negative numbers, None handling errors, reverse stability.
recs = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(recs, key=lambda r: (r[1], r[0])), sorted(recs, key=lambda r: r[1], reverse=True))
l = [-3, 2, -1, 0, 5]
l.sort(key=abs)
print(l)
l.sort(key=lambda x: x * x, reverse=True)
print(l)
words = "the quick brown fox jumps over the lazy dog".split()
words.sort(key=len)
print(words)
words.sort(key=lambda w: w[-1])
print(words)
try:
    [3, None, 1].sort()
except TypeError as e:
    print("TypeError", e)
print(sorted([1.5, 1, True, 0.5]), sorted([2, 1], key=lambda x: [x]))
