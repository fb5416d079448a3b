# `in` on ranges: ints in O(1) (huge ranges), floats and other numbers by equality, other types False.
r = range(0, 10**18, 7)
print(7 * 10**16 in r, 7 * 10**16 + 1 in r, -7 in r, 10**18 in r, (10**18 // 7) * 7 in r)
print(14.0 in range(20), 14.5 in range(20), 1 + 0j in range(3), True in range(1, 2), False in range(1, 2), "1" in range(3))
print(range(5, 0, -1).__contains__(3), 0 in range(5, 0, -1), 5 in range(5, 0, -1), None in range(3))
