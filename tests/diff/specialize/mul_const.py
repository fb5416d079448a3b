# Multiplication by small constants in unboxed clones, at the 48-bit edge:
# results that leave the small-int range must come back as exact bigints.
def triple(k):
    return 3 * k


def scaled(k):
    return k * -65535 + k * 65535 * 2


edge = 2 ** 47 // 3
for k in range(edge - 2, edge + 3):
    print(k, triple(k), triple(-k), scaled(k), scaled(-k))
print(triple(2 ** 46), triple(-(2 ** 46)), scaled(2 ** 31), scaled(-(2 ** 33)))
