def f(x):
    print("evaluated", x)
    return x
d = {[]: f(1), 2: f(2)}
