def v(tag, x):
    print("eval", tag)
    return x
print([v("elt", x) for x in v("outer", [1, 2]) if v("cond", x)])
print([(x, y) for x in v("outer", [1, 2]) for y in v("inner", [3])])
print({v("k", x): v("v", x) for x in [1]})
