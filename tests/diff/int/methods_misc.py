# conjugate, as_integer_ratio, __trunc__/__floor__/__ceil__/__round__,
# __getnewargs__ of ints and bools; is_integer does not exist in 3.11.
for v in [0, 12, -12, 2 ** 70, True, False]:
    print(v.conjugate(), v.as_integer_ratio(), v.__trunc__(), v.__floor__(), v.__ceil__())
    print(v.__round__(), v.__round__(-1), v.__round__(2), v.__getnewargs__())
    print(type(v.conjugate()).__name__, type(v.__round__()).__name__)
print((15).__round__(-1), (25).__round__(-1), (-25).__round__(-1), (1250).__round__(-2))
print((10 ** 30 + 5 * 10 ** 9).__round__(-10), (123).__round__(-400), (-123).__round__(-3))
try:
    (1).is_integer()
except AttributeError as e:
    print("AttributeError", e)
print(int.conjugate(5), int.as_integer_ratio(-3))
f = (42).bit_length
print(f())
