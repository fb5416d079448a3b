# CPython 3.11's 4300-digit limit for str(int) and int(str) in decimal;
# power-of-two bases are not limited. 10**100000 itself is fine.
big = 10 ** 100000
print(big.bit_length(), big % 1000007)
for v in [10 ** 4299, 10 ** 4300 - 1, -(10 ** 4300 - 1), 10 ** 4300, big, -big]:
    try:
        s = str(v)
        print("ok", len(s))
    except ValueError as e:
        print("ValueError", e)
for n in [4300, 4301, 5000]:
    try:
        print(int("7" * n) % 97)
    except ValueError as e:
        print("ValueError", e)
print(int("f" * 5000, 16) % 1000)
print(int("1" * 20000, 2).bit_length())
try:
    repr(10 ** 5000)
except ValueError as e:
    print("ValueError", e)
