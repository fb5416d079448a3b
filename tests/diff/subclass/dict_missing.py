# __missing__ is consulted by dict's subscript for subclasses
class Default(dict):
    def __init__(self, factory, *args, **kw):
        super().__init__(*args, **kw)
        self.factory = factory

    def __missing__(self, key):
        v = self.factory()
        self[key] = v
        return v


counts = Default(int)
for w in ["a", "b", "a", "c", "a"]:
    counts[w] += 1
print(counts, counts["zz"], len(counts))
groups = Default(list, x=[0])
groups["x"].append(1)
groups["y"].append(2)
print(groups)
print(counts.get("nope"), "nope" in counts)


class Echo(dict):
    def __missing__(self, key):
        return key * 2


e = Echo(a=1)
print(e["a"], e["b"], e[3], e.get("b"), len(e))
print(dict.__getitem__(e, "q"))


class Raising(dict):
    def __missing__(self, key):
        raise LookupError("no " + str(key))


try:
    Raising()["k"]
except LookupError as err:
    print("LookupError:", err)
