class A:
    def __init__(self, x, y):
        self.x = x
A(1)
