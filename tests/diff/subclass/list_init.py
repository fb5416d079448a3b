# __init__ overrides in list subclasses call list.__init__ through super()
class Stack(list):
    def __init__(self, items=(), limit=10):
        super().__init__(items)
        self.limit = limit

    def push(self, x):
        if len(self) >= self.limit:
            raise OverflowError("stack full")
        self.append(x)

    def peek(self):
        return self[-1]


s = Stack([1, 2], limit=3)
s.push(3)
print(s, s.peek(), s.limit, len(s))
try:
    s.push(4)
except OverflowError as e:
    print("OverflowError:", e)


class Reset(list):
    def __init__(self, *args):
        list.__init__(self, *args)
        list.__init__(self, [9])


print(Reset([1, 2, 3]))


class NoInit(list):
    def __init__(self, x):
        self.x = x


n = NoInit([1, 2])
print(n, n.x, len(n))


class Sorted(list):
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, items):
        super().__init__(sorted(items))


print(Sorted([3, 1, 2]))
