# annotations inside control flow in a class body
class A:
    a: int = 1
    if True:
        b: str
    for i in range(2):
        c: float = 2.5
    try:
        d: list = []
    finally:
        pass


print(A.__annotations__, A.a, A.c, A.d, hasattr(A, "b"))
