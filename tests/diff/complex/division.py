# complex division (Smith's algorithm): exact cases, huge and tiny parts
# without spurious overflow, NaN and infinite divisors, and
# ZeroDivisionError "complex division by zero".
inf, nan = float("inf"), float("nan")
pairs = [(1 + 2j, 3 - 4j), (1, 1j), (1j, 1j), (1e300 + 1e300j, 1e300 + 1e-300j), (1e-300 + 1e-300j, 1e-300j),
         (1 + 2j, complex(nan, 1)), (1 + 2j, complex(inf, 1)), (complex(inf, inf), 2), (5, 2 + 0j),
         (2 ** 60, 3j), (1.5, complex(0.0, -0.0) + 1), (-1j, 1e-320 + 0j)]
for a, b in pairs:
    print(repr(a), repr(b), repr(a / b))
for a, b in [(1, 0j), (1j, 0), (1j, 0.0), (0j, 0j), (1 + 1j, complex(0.0, -0.0)), (1j, False)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
