match 5:
    case int(1, 2):
        pass
