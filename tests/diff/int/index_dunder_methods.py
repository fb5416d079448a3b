# Integers as operands of int methods of other ints: bound methods are
# objects, can be stored and called later, and see the bound value.
methods = [(5).bit_length, (-5).bit_count, (9).conjugate, (2 ** 80).as_integer_ratio]
b = True
methods.append(b.__round__)
for m in methods:
    print(m())
print([n.bit_length() for n in range(10)])
print(sorted([3, -10, 7, 2 ** 50], key=lambda n: n.bit_count()))
print(max(range(100), key=lambda n: (n.bit_count(), n)))
