# range equality is by the sequence: empty ranges equal, step irrelevant for length 1.
pairs = [(range(0), range(5, 5)), (range(0, 3), range(0, 3, 1)), (range(1, 2, 5), range(1, 3, 10)),
         (range(0, 10, 2), range(0, 9, 2)), (range(0, 10, 2), range(0, 11, 2)), (range(3), range(1, 3))]
for a, b in pairs:
    print(a, b, a == b, a != b, hash(a) == hash(b) if a == b else "-")
for f in [lambda: range(3) < range(4), lambda: hash(range(2)) == hash(range(2))]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
