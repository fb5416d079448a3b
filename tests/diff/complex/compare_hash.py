# == and != with every numeric type (exact against ints), ordering is a
# TypeError, and hash() matches CPython (hash(x + 0j) == hash(x)).
inf = float("inf")
print(1j == 1j, (1 + 0j) == 1, 1 == (1 + 0j), (1 + 0j) == True, 2.0 == 2 + 0j, 1j != 1, 1j == "1j")
print(complex(2 ** 53 + 1) == 2 ** 53 + 1, complex(2 ** 53) == 2 ** 53, 10 ** 400 == complex(1e308))
print(complex(-0.0, 0.0) == 0, 0j == -0.0, complex(1, 1) == 1, 1 + 1j in [1, 2, 1 + 1j], 1j in (1, 2))
print({1: "a", 2.5: "b"}[1 + 0j], len({1, 1.0, 1 + 0j, True}), {0j: 1, 0: 2, False: 3})
for z in [1j, 1.5 - 2.5j, complex(2, 0), complex(-1, 0), complex(0, -0.0), complex(inf, 1), complex(1, inf),
          complex(-inf, -inf), complex(10 ** 20, -1), complex(1e300, 1e-300), -1j, complex(0.5, 2 ** 61)]:
    print(repr(z), hash(z))
print(hash(3 + 0j) == hash(3), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j))
for a, b in [(1j, 1j), (1, 1j), (1j, 2.0), (1j, "a")]:
    for name in ["<", "<=", ">", ">="]:
        try:
            if name == "<":
                a < b
            elif name == "<=":
                a <= b
            elif name == ">":
                a > b
            else:
                a >= b
        except TypeError as e:
            print(name, "TypeError", e)
try:
    sorted([1j, 2j])
except TypeError as e:
    print("TypeError", e)
try:
    max(1j, 2)
except TypeError as e:
    print("TypeError", e)
