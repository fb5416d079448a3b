def a(n):
    if n == 0:
        raise IndexError("list index out of range")
    a(n - 1)

def b():
    a(3)

b()
