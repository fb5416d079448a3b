def show(v):
    print("eval", v)
    return v
def deco(f):
    print("decorate", f.__name__)
    return f
@deco
def f(a=show(1), b=show(2), *, c=show(3), d=show(4)):
    return a + b + c + d
print(f())
