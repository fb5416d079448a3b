def f(x):
    print("evaluated", x)
    return x
s = {1, [], f(3)}
