# int.bit_length() and int.bit_count() across the small/big boundary and
# for negatives (the sign is not counted), bools included.
vals = [0, 1, -1, 2, 3, 7, 8, -8, 255, 256, 2 ** 47 - 1, -2 ** 47, 2 ** 47, -2 ** 47 - 1,
        2 ** 63 - 1, -2 ** 63, 2 ** 63, 2 ** 64, -2 ** 64 + 1, 10 ** 400, -10 ** 400, True, False]
for v in vals:
    print(v.bit_length(), v.bit_count(), type(v.bit_length()).__name__)
print(int.bit_length(5), int.bit_count(-15), bool.bit_length(True))
x = 1
for i in range(70):
    print(i, x.bit_length(), (x - 1).bit_count(), (-x).bit_length())
    x *= 2
