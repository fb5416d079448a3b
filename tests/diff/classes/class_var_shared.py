class A:
    items = 0
    def add(self):
        A.items += 1
        self.items = self.items + 100
a = A()
b = A()
a.add()
b.add()
print(A.items, a.items, b.items)
