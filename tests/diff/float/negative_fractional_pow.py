# A negative base to a non-integral power is complex (float_pow hands it
# to complex pow); integral powers of negative floats stay real.
for base in [-8, -8.0, -1, -1.0, -0.5, -2.0 ** 60, -1e-300]:
    for e in [1 / 3, 0.5, -0.5, 2.5, 2.0, -3.0, 0.0]:
        r = base ** e
        print(base, e, type(r).__name__, repr(r))
print(pow(-8, 0.5), pow(-27.0, 1 / 3), (-1) ** 0.5 * 2)
print((-float("inf")) ** 0.5, (-float("inf")) ** -0.5)
try:
    print((-1e300) ** 2.5)
except OverflowError as e:
    print("OverflowError", e)
