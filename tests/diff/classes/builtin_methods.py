xs = list((3, 1, 2))
xs.append(5)
xs.sort()
print(xs, xs.pop(), dict(a=1).get("a"), dict(a=1).get("b", 7))
class Stack:
    def __init__(self):
        self.items = list()
    def push(self, v):
        self.items.append(v)
    def __len__(self):
        return len(self.items)
s = Stack()
s.push(1)
s.push(2)
print(len(s), s.items, bool(s), bool(Stack()))
