# dict.pop with and without default, on missing and present keys, unhashable keys.
d = {"a": 1, "b": 2}
print(d.pop("a"), d.pop("a", None), d.pop("zz", 0), d)
for f in [lambda: d.pop("zz"), lambda: d.pop([], 1), lambda: d.pop(), lambda: d.pop(1, 2, 3)]:
    try:
        print(f())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
e = {(1, 2): "t"}
print(e.pop((1, 2)), e, {}.pop(1, "dflt"))
