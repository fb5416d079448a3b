class K:
    a = "a"
    b = "a"


match {"a": 1, "b": 2}:
    case {K.a: 1, K.b: 2}:
        pass
