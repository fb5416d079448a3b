class Acc:
    def __init__(self):
        self.total = 0
        self.count = 0
    def add(self, v):
        self.total += v
        self.count += 1
a = Acc()
for i in range(1000):
    a.add(i)
print(a.total, a.count)
