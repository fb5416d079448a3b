# map/filter over dicts, strings, ranges, sets; bool/None predicates; results consumed by various builtins.
d = {"a": 1, "b": 0}
print(list(map(str.upper, d)), list(filter(d.get, d)), sorted(map(len, ["aa", "b", ""])), sum(map(int, "123")))
print(dict(map(lambda kv: (kv[1], kv[0]), d.items())), set(filter(None, {0, 1, 2})), tuple(map(abs, range(-2, 1))))
print(max(map(len, ["x", "yyy"])), any(map(bool, [0, 0])), list(filter(bool, [0, [], "x"])), list(map(None.__class__, [])))
