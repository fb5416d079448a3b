# Lookups: `in`, get, [] with equal keys of different types and custom __eq__/__hash__.
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return "K(%r)" % self.v
d = {K(1): "one", 2: "two", 2.5: "x", "s": 1, (1, 2): "t", frozenset([1]): "f"}
print(d[K(1)], K(1) in d, K(3) in d, d[2.0], d[(1, 2)], d[frozenset({1})], 2 + 0j in d)
print(d.get(K(2)), d.get(True), d.get(1.0, "none"), list(d))
try:
    d[K(5)]
except KeyError as e:
    print("KeyError", e)
try:
    d[(1, [2])]
except TypeError as e:
    print("TypeError", e)
try:
    [] in d
except TypeError as e:
    print("TypeError", e)
class Unhashable:
    __hash__ = None
try:
    d[Unhashable()] = 1
except TypeError as e:
    print("TypeError", e)
print(len(d), bool(d), bool({}), {} == dict(), d != {})
