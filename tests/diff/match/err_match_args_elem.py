class A:
    __match_args__ = (1,)


match A():
    case A(1):
        pass
