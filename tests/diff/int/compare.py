# Comparisons between small ints, small vs big, and int vs float.
def cmp(a, b):
    print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)


def cmp_all(a):
    cmp(a, -3)
    cmp(a, 2)
    cmp(a, 140737488355328)
    cmp(a, -140737488355329)


cmp_all(-3)
cmp_all(0)
cmp_all(2)
cmp_all(140737488355327)
cmp_all(-140737488355328)
print(1 == 1.0, 1 < 1.5, -1 > -1.5, 0 == -0.0, 3 != 3.0, 2 >= 2.0)
print(1 < 2 < 3, 3 > 2 > 2, 1 < 3 > 2, 1 == 1 == 1.0, 1 < 2 == 2 < 3)
print(2 ** 47 - 1 < 2 ** 47, -2 ** 47 > -2 ** 47 - 1, 2 ** 47 == 2.0 ** 47)
