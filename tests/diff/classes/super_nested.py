def make(base_value):
    class A:
        def __init__(self):
            self.v = base_value
        def get(self):
            return self.v
    class B(A):
        factor = base_value * 2
        def __init__(self):
            super().__init__()
            self.v += 1
        def get(self):
            return super().get() * 10
        class Inner:
            def who(self):
                return "inner"
        def later(self):
            return "later:" + str(super().get())
    return B
for k in range(2):
    C = make(k + 1)
    c = C()
    print(c.get(), c.later(), C.factor, C.Inner().who())
