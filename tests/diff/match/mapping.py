# Mapping patterns: keys, nested values, **rest, extra keys allowed.
def f(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return ('point', px, ',', py)
        case {"type": "circle", "r": r, **rest}:
            return ('circle', r, 'rest', rest)
        case {1: one}:
            return ('int key', one)
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1},
          {"type": "circle", "r": 3, "color": "red", "z": 0}, {"type": "circle", "r": 3},
          {1: "a", 2: "b"}, {}, {"q": 1}, [("type", "point")], "type", None]:
    print(repr(v), f(v))

match {"a": {"b": [1, 2]}}:
    case {"a": {"b": [x, y]}}:
        print("nested", x, y)

match {"k": 1, "j": 2}:
    case {**everything}:
        print(everything)
