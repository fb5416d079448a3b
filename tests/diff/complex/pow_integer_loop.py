# Integer exponents from -120 to 120 on several bases: |n| <= 100 goes
# through repeated multiplication, beyond through the polar form; the two
# spellings (float and int exponent) agree with CPython's.
for base in [1j, 1 + 1j, 0.5 - 0.75j, -2 + 0.1j, complex(1, 1e-10)]:
    for n in list(range(-5, 6)) + [-101, -100, -99, 99, 100, 101, 120, -120]:
        try:
            print(repr(base), n, repr(base ** n), repr(base ** float(n)))
        except (OverflowError, ZeroDivisionError) as e:
            print(repr(base), n, type(e).__name__, e)
