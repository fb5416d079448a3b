class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n = self.n + by
        return self
    def get(self):
        return self.n

c = Counter()
c.inc().inc().inc(5)
print(c.get())
print(c.inc(by=2).get())
m = c.inc
m()
print(c.n)
print(Counter.get(c))
