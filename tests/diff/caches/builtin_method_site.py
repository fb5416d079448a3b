# One method site that sees builtin types and user classes in turn.


class Bag:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x * 10)


def add(c, x):
    c.append(x)


targets = [[], Bag(), [], Bag()]
for i in range(8):
    add(targets[i % 4], i)
print(targets[0], targets[1].items, targets[2], targets[3].items)


def count(c):
    return c.count(1)


class Counter:
    def count(self, x):
        return "counted " + str(x)


for c in ([1, 1, 2], (1, 2), Counter(), [1]):
    print(count(c))
