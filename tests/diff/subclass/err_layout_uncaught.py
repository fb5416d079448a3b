# an uncaught layout conflict
class A(list):
    pass


class B(dict):
    pass


class C(A, B):
    pass
