# range: count/index with non-ints, equality by value, reversed, contains with floats and custom ints.
r = range(0, 30, 3)
print(r.count(9), r.count(10), r.count(9.0), r.index(27), r.index(True) if 1 in r else "-", 3.5 in r, "a" in r)
class MyInt(int):
    pass
print(MyInt(6) in r, r.index(MyInt(6)), r[MyInt(2)], r.count(MyInt(3)))
print(range(0, 3) == range(3), range(0, 10, 20) == range(0, 1), range(1, 1) == range(2, 2), range(3) != range(4))
print(hash(range(5)) == hash(range(0, 5, 1)), range(5) == [0, 1, 2, 3, 4], list(range(10, 0, -3)))
try:
    r.index(10)
except ValueError as e:
    print("ValueError", e)
try:
    r.index("x")
except ValueError as e:
    print("ValueError", e)
print(range(5)[True], range(5)[-5], range(-5, 5)[::-2], range(0, 10, 3)[-1:0:-1])
print(len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(0)), len(range(5, 0)), len(range(-(10**18), 10**18)))
