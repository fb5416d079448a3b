cond = lambda x: "pos" if x > 0 else "neg" if x < 0 else "zero"
print(cond(3), cond(-1), cond(0))
both = lambda a, b: a and b
print(both(1, 2), both(0, 2), both("", "x"))
