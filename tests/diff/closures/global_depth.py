def a():
    def b():
        def c():
            global g
            g = "set deep"
        c()
    b()
def reader():
    return g
a()
print(reader(), g)
def counter():
    global total
    total = 0
    def add(n):
        global total
        total += n
    add(1)
    add(2)
counter()
print(total)
