# classes made in loops: one class per iteration, methods see the
# iteration's values through cells
made = []
for i in range(3):
    class K:
        idx = i

        def get(self):
            return self.idx * 10

    made.append(K)
print([k.idx for k in made], [k().get() for k in made], made[0] is made[1])


def factory(names):
    out = []
    for n in names:
        class Named:
            name = n

            def hello(self):
                return "hello " + n

            def sup(self):
                return super().__repr__() is not None
        out.append(Named)
    return out


cs = factory(["x", "y"])
print([c.name for c in cs], [c().hello() for c in cs], cs[1]().sup())
print(cs[0].__qualname__)
