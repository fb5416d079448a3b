# dict comparisons, ordering errors, repr of keys of every type, nan keys.
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} == {}, {1: []} == {1: []}, {1: 2} == [(1, 2)])
for f in [lambda: {} < {}, lambda: {} <= {1: 2}, lambda: {} > {}, lambda: {} >= {}, lambda: {} < []]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print({None: None, 1.5: -0.0, "s": b"b", (1, "a"): frozenset(), -5: 10**20, 2j: ...})
nan = float("nan")
d = {nan: 1}
print(d[nan], nan in d, len({nan: 1, float("nan"): 2}) >= 1)
print({0.0: "a", -0.0: "b"}, {1: "a", 1.0: "b", True: "c"})
print(repr({"'": '"', "\n": "\t"}), str({"a": "b"}))
