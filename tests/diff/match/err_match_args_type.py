class A:
    __match_args__ = ["x"]


match A():
    case A(1):
        pass
