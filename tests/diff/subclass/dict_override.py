# overrides of dict's dunders; dict's methods do not call them
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower() if isinstance(k, str) else k, v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower() if isinstance(k, str) else k)

    def __contains__(self, k):
        return super().__contains__(k.lower() if isinstance(k, str) else k)

    def __repr__(self):
        return "Lower(" + dict.__repr__(self) + ")"


LOWER_KEYS = {"A": "a", "B": "b"}


class Norm(dict):
    def __setitem__(self, k, v):
        super().__setitem__(LOWER_KEYS.get(k, k), v)

    def __getitem__(self, k):
        return super().__getitem__(LOWER_KEYS.get(k, k))

    def __len__(self):
        return 1000

    def __iter__(self):
        return iter(["only"])


n = Norm()
n["A"] = 1
n["b"] = 2
print(n["a"], n["B"], dict.__len__(n), len(n), list(n), n.get("A"), dict.get(n, "a"))
print(repr(n), dict(n.items()))
u = Norm(A=5)
print(dict.__repr__(u))


class Counted(dict):
    writes = 0

    def __setitem__(self, k, v):
        Counted.writes += 1
        dict.__setitem__(self, k, v)


c = Counted()
c["x"] = 1
c.update(y=2)
c.setdefault("z", 3)
print(Counted.writes, sorted(c.items()))
