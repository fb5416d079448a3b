B = bool
class A(B):
    pass
