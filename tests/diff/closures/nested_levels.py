def a():
    x = 1
    def b():
        y = 2
        def c():
            z = 3
            def d():
                return x + y + z
            return d
        return c
    return b
print(a()()()())
def shadow():
    x = "outer"
    def inner():
        x = "inner"
        return x
    return inner(), x
print(shadow())
