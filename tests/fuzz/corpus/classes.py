class C(Base, metaclass=M):
    '''doc'''
    x: int = 1
    def m(self): nonlocal_ = 1; global g; del self.x
