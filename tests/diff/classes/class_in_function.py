def make(k):
    class K:
        factor = 1
        def get(self):
            return self.factor
    K.factor = k
    return K
A = make(2)
B = make(3)
print(A().get(), B().get(), A is B, A.__qualname__)
