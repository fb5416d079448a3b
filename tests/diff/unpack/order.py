def v(tag, x):
    print("eval", tag)
    return x
class_ = [0, 0]
v("c1", class_)[v("i1", 0)], v("c2", class_)[v("i2", 1)] = v("rhs", (5, 6))
print(class_)
a, b = v("b", 1), v("a", 2)
print(a, b)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x, y, z)
