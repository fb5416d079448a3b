# := in a class body binds a class attribute
class A:
    if (n := 3) > 2:
        big = n * 2
    vals = [y := 5, y + 1]


print(A.n, A.big, A.vals, A.y)
