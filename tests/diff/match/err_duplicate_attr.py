class A:
    __match_args__ = ("x",)

    def __init__(self):
        self.x = 1


match A():
    case A(1, x=1):
        pass
