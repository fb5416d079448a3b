# class without ':'.
class A
    pass
