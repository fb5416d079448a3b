# bool is an int subclass: arithmetic on bools gives ints (or floats), but
# & | ^ between two bools stay bool; printing and conversions.
print(True + True, True * 3, True - False, -True, +True, ~True, ~False)
print(True / 2, True // 2, True % 2, True ** 10, 2 ** True, False ** 0)
print(True & False, True | False, True ^ True, True & 1, True | 0, False ^ 2)
print(True == 1, False == 0, True == 1.0, True != 2, True > False, False < -1)
print(True + 0.5, False * 2.5, True / 4.0, divmod(True, 2), abs(True), abs(False))
print(str(True), repr(False), int(True), float(False), bool(True), bool(False))
print(max(True, 1), max(1, True), min(False, 0), max(True, 0.5), min(True, 2))
print(True << 47, (True << 47) - True, True << 48, -(True << 47) - True)
print(round(True), round(False), pow(True, -1), pow(True, 2, 3), True * 2 ** 47)
t = 0
for k in range(10):
    t += k % 3 == 0
print(t, t * True, (t > 3) + (t > 1) + (t > 100))
