class A:
    x = 1


print(A.__dict__["x"])
A.__dict__["x"] = 2
