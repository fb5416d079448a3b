a, *b = [1, 2, 3]
print(a, b)
*a, b = [1, 2, 3]
print(a, b)
a, *b, c = (0, 1, 2, 3, 4)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "hello"
print(a)
[a, *b] = (1,)
print(a, b)
a, b, *c, d, e = "abcdefg"
print(a, b, c, d, e)
*a, b, c = 1, 2
print(a, b, c)
first, *rest = {"x": 1, "y": 2, "z": 3}
print(first, rest)
