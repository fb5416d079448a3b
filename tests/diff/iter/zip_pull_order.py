# zip pulls from its iterators left to right and stops at the first exhausted one.
pulled = []
class Src:
    def __init__(self, name, n):
        self.name, self.n, self.i = name, n, 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            pulled.append((self.name, "stop"))
            raise StopIteration
        pulled.append((self.name, self.i))
        self.i += 1
        return self.i
a, b = Src("a", 3), Src("b", 1)
print(list(zip(a, b)), pulled)
pulled.clear()
print(list(zip(Src("x", 1), Src("y", 3))), pulled)
pulled.clear()
print(list(map(lambda p, q: p + q, Src("m", 2), Src("n", 1))), pulled)
