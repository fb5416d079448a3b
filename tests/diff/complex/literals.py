# Imaginary literals: forms, underscores, exponents, signs (unary minus
# applies to the complex), and their types.
print(1j, 2J, 0j, 1.5j, .5j, 1e3j, 1E-3J, 1_000j, 1_000.000_1j, 0.0j, 00j, 1e400j)
print(-1j, +1j, -0j, -(0j), 1 + 2j, 1 - 2j, -1 - 2j, 3 * 1j, 1j * 1j, 1j ** 2)
print(type(1j).__name__, type(1j).__name__ == "complex", isinstance(2j, complex))
print(repr(1j), str(1j), repr(1 + 1j), str(-1 - 1j))
z = 3 + 4j
print(z.real, z.imag, abs(z), z.conjugate(), -z, +z)
def f():
    return 2j
print(f(), f() == f(), [1j, 2j][1], {1j: "a"}[1j])
x = 0
for i in range(5):
    x = x + 1j * i
print(x)
