match {"k": 1}:
    case {"k": 1, "k": 2}:
        pass
