# complex numbers as dict keys and set members (equal to ints and floats
# when the imaginary part is 0), sorted by key, summed, in comprehensions.
d = {1: "int", 2.5: "float", 3j: "complex"}
print(d[1 + 0j], d[complex(2.5)], d[3j], 3j in d, 3 in d, complex(0, 3) in d)
s = {0j, 0, 0.0, False, 1j, complex(0, 1), 1 + 1j}
print(len(s), sorted(s, key=abs))
zs = [complex(i, -i) for i in range(5)]
print(zs, sum(zs), sum(zs, 1j), [z.conjugate() for z in zs], [abs(z) ** 2 for z in zs])
print(sorted([3 + 4j, 1j, -2, 0.5], key=lambda z: (abs(z), z.real)))
print(max([1 + 1j, 3j, -2 + 0j], key=abs), min([1 + 1j, 3j, -2], key=lambda z: z.imag))
print(list(map(complex, ["1", "2j", "3+4j"])), [complex(a, b) for a, b in [(1, 2), (3.5, -1)]])
print({z: i for i, z in enumerate([1j, 2j, 1j])}, (1j, 2j).index(2j), [1j, 1j].count(1j))
