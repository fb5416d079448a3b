# complex arithmetic mixing int, bool, float and complex operands on either
# side; // and % and divmod are unsupported for complex in 3.11.
vals = [1 + 2j, -3.5j, complex(0.5, -0.25), 2, -7, 1.5, True, 0.0, 2 ** 60]
for a in vals:
    for b in vals:
        if isinstance(a, complex) or isinstance(b, complex):
            r = [a + b, a - b, a * b]
            if b != 0:
                r.append(a / b)
            print(repr(a), repr(b), r)
for op in ["//", "%", "divmod", "<<", "&", "@"]:
    try:
        if op == "//":
            (1 + 1j) // 2
        elif op == "%":
            2 % 1j
        elif op == "divmod":
            divmod(1j, 1)
        elif op == "<<":
            1j << 1
        elif op == "&":
            1j & 1
        else:
            1j @ 1j
    except TypeError as e:
        print(op, "TypeError", e)
z = 1 + 1j
z += 2
z *= 1j
z -= 0.5
z /= 2
print(z)
