def make(i):
    def f():
        return i * i
    return f
total = 0
for i in range(1000):
    total += make(i)()
print(total)
