# int's attributes: real, imag, numerator, denominator are ints (a bool's
# are plain ints too); they are read-only.
for v in [0, 5, -5, 2 ** 47, -2 ** 100, True, False]:
    print(v.real, v.imag, v.numerator, v.denominator)
    print(type(v.real).__name__, type(v.imag).__name__, type(v.numerator).__name__)
print(int.real, int.imag, int.numerator, int.denominator)
print(type(int.real).__name__)
x = 7
try:
    x.real = 1
except AttributeError as e:
    print("AttributeError", e)
try:
    del x.numerator
except AttributeError as e:
    print("AttributeError", e)
try:
    x.foo = 1
except AttributeError as e:
    print("AttributeError", e)
print(getattr(3, "denominator"), hasattr(3, "imag"), hasattr(3, "is_integer"))
