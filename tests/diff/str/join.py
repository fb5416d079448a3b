print(",".join(["a", "b", "c"]), "".join([]), "-".join(["x"]), "-".join(()), "ab".join("xyz"))
print(", ".join(("é", "日本", "🐍")), "→".join(["1", "2"]), "".join(["", "", ""]), repr(",".join(["", ""])))
print("".join({"a": 1, "b": 2}), "+".join(map(str, range(5))), "".join(reversed("abc")))
x = "only"
print("-".join([x]) is x, "".join(iter(["a", "b"])))
big = ["word"] * 10000
r = " ".join(big)
print(len(r), r[:14], r.count("word"))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: ",".join(["a", 1]))
show(lambda: ",".join([1]))
show(lambda: ",".join(["a", "b", None]))
show(lambda: ",".join(1))
show(lambda: "".join(None))
show(lambda: "x".join())
show(lambda: "x".join("a", "b"))
show(lambda: "x".join([1.5]))
show(lambda: "x".join([["a"]]))
