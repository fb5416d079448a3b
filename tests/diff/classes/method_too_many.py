class A:
    def f(self):
        return 1
A().f(1, 2)
