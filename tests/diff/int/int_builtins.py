# int(), abs(), divmod(), min(), max(), str(), repr() on ints and conversions
# from floats, bools and string literals.
print(int(), int(0), int(-7), int(3.9), int(-3.9), int(2.5), int(-0.5))
print(int(True), int(False), int(1e20), int(-1e20), int(2.0 ** 60))
print(int("42"), int("  -17  "), int("+5"), int("1_000"), int("0"), int("-0"))
print(int("140737488355328"), int("-140737488355329"))
print(int("123456789012345678901234567890"))
print(int(1.7976931348623157e308) % 1000000007)
print(abs(-7), abs(7), divmod(17, 5), divmod(-17, 5), divmod(17, -5))
print(min(3, 1, 2), max(3, 1, 2), min(-5, 5), max(-5, 5), min(4, 4))
print(str(12345), repr(-12345), str(0), str(-2 ** 47), repr(2 ** 47))
print(int(str(2 ** 47 - 1)) + 1, int(repr(-2 ** 47)) - 1)
