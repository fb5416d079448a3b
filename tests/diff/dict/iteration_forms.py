# Iterating dicts: keys, values, items unpacking, enumerate, zip, sorted by value, min/max by key.
d = {"b": 2, "a": 3, "c": 1}
for k in d:
    print(k, end=" ")
print()
for k, v in d.items():
    print(k, v, end="; ")
print()
print(list(enumerate(d)), list(zip(d, d.values())), sorted(d, key=d.get), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
print(sum(d.values()), any(d), all(d.values()), list(map(d.get, "abz")), {v: k for k, v in d.items()})
