def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "abc"
show(lambda: s.find())
show(lambda: s.find(1))
show(lambda: s.find("a", 1, 2, 3))
show(lambda: s.find("a", "x"))
show(lambda: s.find("a", 0, 1.5))
show(lambda: s.rfind(None))
show(lambda: s.index("z"))
show(lambda: s.rindex("z"))
show(lambda: s.index("c", 0, 2))
show(lambda: s.count())
show(lambda: s.count(1.5))
show(lambda: s.startswith(1))
show(lambda: s.startswith((1,)))
show(lambda: s.startswith(("a", 1)))
show(lambda: s.startswith(("x", 1)))
show(lambda: s.endswith(["a"]))
show(lambda: s.endswith())
show(lambda: s.startswith("a", "b"))
show(lambda: s.index())
show(lambda: s.rindex("a", 1, 2, 3))
show(lambda: s.count("a", [], 1))
