"""Dict workload: 1M int keys and 200k str keys: insert, lookup, update, delete, iterate."""


def main():
    n = 1000000
    d = {}
    for i in range(n):
        d[i * 7] = i
    hits = 0
    for i in range(0, 7 * n, 3):
        if i in d:
            hits += 1
    total = 0
    for k in d:
        total += d[k]
    for i in range(0, n, 2):
        del d[i * 7]
    for i in range(n):
        d[i * 7] = d.get(i * 7, 0) + 1
    print(hits, total, len(d), sum(d.values()))
    names = {}
    for i in range(200000):
        key = "k" + str(i % 50000)
        names[key] = names.get(key, 0) + i
    best = max(names.items(), key=lambda kv: kv[1])
    print(len(names), best)
    counts = {}
    for w in names:
        c = w[-1]
        if c in counts:
            counts[c] += 1
        else:
            counts[c] = 1
    print(sorted(counts.items()))


main()
