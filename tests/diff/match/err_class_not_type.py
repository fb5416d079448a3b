class K:
    notatype = 3


match 1:
    case K.notatype():
        pass
