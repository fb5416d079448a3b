"""Sorting: 1M pseudo-random ints and 200k strings, with list.sort and sorted()."""


def lcg_ints(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x)
    return out


def main():
    ints = lcg_ints(1000000, 42)
    a = sorted(ints)
    print(a[0], a[500000], a[-1])
    ints.sort(reverse=True)
    print(ints[0], ints[-1])
    words = [str(v) + "x" + str(v % 977) for v in lcg_ints(200000, 7)]
    words.sort()
    print(words[0], words[100000], words[-1])
    by_len = sorted(words, key=len)
    print(by_len[0], by_len[-1])
    # partly ordered input: runs that timsort detects
    runs = list(range(300000)) + list(range(300000, 0, -1)) + a[:200000]
    runs.sort()
    print(runs[0], runs[400000], runs[-1])


main()
