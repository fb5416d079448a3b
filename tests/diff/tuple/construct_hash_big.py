# tuple() from iterables; hashes of long tuples; tuples of big ints and floats.
t = tuple(range(1000))
print(len(t), t[500], hash(t), hash(tuple(range(1000))) == hash(t))
print(hash((10**50, -10**50)), hash((1e100, -1e-100)), hash((float("inf"),)), hash(("x" * 100,)))
print(tuple({1: 2}), tuple(set()), tuple(b"ab"), tuple(iter("xy")), tuple(t[:3]))
