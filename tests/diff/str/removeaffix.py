print("prefix_name".removeprefix("prefix_"), "name".removeprefix("x"), "abc".removeprefix(""), "abc".removeprefix("abcd"), repr("abc".removeprefix("abc")))
print("file.py".removesuffix(".py"), "file.py".removesuffix(".c"), "abc".removesuffix(""), repr("abc".removesuffix("abc")), "日本語".removesuffix("語"), "🐍x".removeprefix("🐍"))
s = "keep"
print(s.removeprefix("z") is s, s.removesuffix("") is s)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "a".removeprefix(1))
show(lambda: "a".removesuffix(None))
show(lambda: "a".removeprefix())
show(lambda: "a".removesuffix("a", "b"))
show(lambda: "a".removeprefix(prefix="a"))
