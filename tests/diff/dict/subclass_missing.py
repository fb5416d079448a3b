# dict subclasses: __missing__, overridden __getitem__, views, |, copy, repr.
class Default(dict):
    def __missing__(self, key):
        self[key] = len(key)
        return self[key]
d = Default(a=1)
print(d["abc"], d, d.get("zz"), "zz" in d, d.copy(), type(d.copy()).__name__)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["x"] = 1
u.update(y=2)
print(u, u | {"z": 3}, type(u | {}).__name__, list(reversed(u)))
class R(dict):
    def __repr__(self):
        return "R" + super().__repr__()
print(R(a=1), [R()], dict(R(b=2)), R(c=3).keys())
