# frozenset has no mutating methods; its non-mutating ones take any iterable.
f = frozenset("abc")
for name in ["add", "remove", "discard", "pop", "clear", "update", "intersection_update"]:
    print(name, hasattr(f, name))
print(sorted(f.union("d")), sorted(f.intersection("bcz")), sorted(f.difference("a")), sorted(f.symmetric_difference("cz")))
print(f.issubset("abcd"), f.issuperset("ab"), f.isdisjoint("xyz"), f.copy() is f)
try:
    f.add("x")
except AttributeError as e:
    print("AttributeError", e)
