# lambdas and defaults in a class body
def f(k):
    class A:
        x = 10
        get = lambda self: k
        make = lambda self, d=x: d + k
        if k > 1:
            big = staticmethod(lambda: "big")
    return A


A = f(2)
print(A().get(), A().make(), A().make(1), A.big())
