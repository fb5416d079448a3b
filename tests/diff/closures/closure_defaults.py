def make(n):
    def f(x=n * 2, *, y=n):
        return x + y + n
    return f
g = make(3)
print(g(), g(1), g(1, y=0), g.__defaults__)
