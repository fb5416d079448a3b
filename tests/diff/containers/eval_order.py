def f(tag, v):
    print("eval", tag)
    return v
print([f(1, "a"), f(2, "b")])
print((f(1, 1), *[f(2, 2)], f(3, 3)))
print({f("k1", 1): f("v1", 1), f("k2", 2): f("v2", 2)})
print({f("k", 1): f("v", 1), **{f("m", 2): 2}, f("k3", 3): f("v3", 3)})
x = [10, 20, 30]
print(f("c", x)[f("i", 1)])
f("c", x)[f("i", 2)] = f("v", 99)
print(x)
f("c", x)[f("i", 0)] += f("inc", 5)
print(x)
print(f("item", 20) in f("cont", x))
print(f("lo", 1) < f("mid", 2) < f("hi", 3))
print(f("s", x)[f("a", 0):f("b", 2):f("c", 1)])
