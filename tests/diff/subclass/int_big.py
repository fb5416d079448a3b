# int subclasses holding bigints beyond the small-int range
class Big(int):
    pass


b = Big(2 ** 100)
print(b, b + 1, type(b + 1).__name__, b * b, -b, b // 3, b % 7)
print(b == 2 ** 100, b > 2 ** 99, hash(b) == hash(2 ** 100), b > 1e30, b < 1e31)
print(Big("123456789012345678901234567890") + 1)
print(float(Big(2 ** 60)), int(b) == 2 ** 100, str(Big(-(10 ** 20))))
print(Big(2 ** 47), Big(2 ** 47) - 1, type(Big(2 ** 47) - 1).__name__)
