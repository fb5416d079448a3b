# dunder overrides in list subclasses take precedence
class Logged(list):
    def __getitem__(self, i):
        print("get", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("set", i, v)
        super().__setitem__(i, v)

    def __delitem__(self, i):
        print("del", i)
        super().__delitem__(i)

    def __len__(self):
        return super().__len__() * 10

    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)

    def __repr__(self):
        return "Logged" + super().__repr__()

    def append(self, x):
        print("append", x)
        super().append(x)


g = Logged([1, 2, 3])
print(g[0], g[1:])
g[0] = 10
del g[2]
print(len(g), 2 in g, g, [g], str(g))
g.append(4)
print(g)


class Rev(list):
    def __iter__(self):
        return iter(super().__getitem__(slice(None, None, -1)))


r = Rev([1, 2, 3])
print(list(r), [x for x in r], tuple(r))
for x in r:
    print(x)


class Eq(list):
    def __eq__(self, other):
        return "custom"

    __hash__ = None


print(Eq([1]) == [1], [1] == Eq([1]))


class Add(list):
    def __add__(self, other):
        return Add(list.__add__(self, other))

    def __iadd__(self, other):
        self.extend(other)
        self.extend(other)
        return self


a = Add([1]) + [2]
print(a, type(a).__name__)
a += [3]
print(a, type(a).__name__)
