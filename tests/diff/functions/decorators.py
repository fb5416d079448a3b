def twice(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs) + f(*args, **kwargs)
    return wrapper
def add(n):
    def deco(f):
        def wrapper(*args):
            return f(*args) + n
        return wrapper
    return deco
@twice
def one():
    return 1
@add(10)
@twice
def sq(x):
    return x * x
@twice
@add(10)
def sq2(x):
    return x * x
print(one(), sq(3), sq2(3))
order = []
def tag(name):
    order.append("make " + name) if False else print("make", name)
    def deco(f):
        print("apply", name)
        return f
    return deco
@tag("a")
@tag("b")
def t():
    pass
print(t())
