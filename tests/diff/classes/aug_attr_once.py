class A:
    def __init__(self):
        self.n = 1
calls = 0
a = A()
def get():
    global calls
    calls += 1
    return a
get().n += 5
get().n *= 3
print(a.n, calls)
