# Deleting and reinserting keys keeps insertion order CPython's; resizing.
d = {}
for i in range(50):
    d[i] = i
for i in range(0, 50, 2):
    del d[i]
for i in range(0, 10):
    d[i] = -i
print(list(d)[:12], len(d))
for i in list(d):
    if i % 3 == 0:
        del d[i]
d["x"] = 1
print(list(d), d.popitem())
e = dict.fromkeys("abcdefgh")
for k in "aceg":
    del e[k]
e["a"] = 1
print(e, list(e.values()))
f = {}
for n in range(1000):
    f[n] = n
    if n % 2:
        del f[n - 1]
print(len(f), list(f)[:5], list(f)[-3:])
try:
    del f[0]
except KeyError as e:
    print("KeyError", e)
