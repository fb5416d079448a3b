def f(v):
    for a in v:
        print(a)
f([1])
f(2.5)
