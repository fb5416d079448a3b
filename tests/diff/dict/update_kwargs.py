# dict() and update() with keywords, mappings with keys(), iterables of pairs, errors.
class Mapping:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()), dict(Mapping(), c=3), dict([("a", 1)], a=2), dict(**{"x": 1}), dict({}, y=2))
d = {}
d.update(Mapping())
d.update([["k", "v"]], z=0)
d.update({"n": None}.items())
print(d)
for f in [lambda: dict([1, 2]), lambda: dict(["ab", "c"]), lambda: dict([(1,)]), lambda: {}.update(5),
          lambda: {}.update({}, {}), lambda: dict({1: 2}, {3: 4})]:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
