def v(tag, x):
    print("eval", tag)
    return x
print({v("s", x) for x in [1, 1]})
print({x % 3 for x in range(10)})
print({x for x in "aab" if x != "c"} == {"a", "b"})
print({x for x in []})
print({(x, y) for x in range(3) for y in range(x)})
