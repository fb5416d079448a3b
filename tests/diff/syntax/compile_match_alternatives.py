match (1, 2):
    case (a, 1) | (1, b):
        pass
