def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "a".upper(1))
show(lambda: "a".lower(x=1))
show(lambda: "a".casefold(1))
show(lambda: "a".title(None))
show(lambda: "a".capitalize(1, 2))
show(lambda: "a".swapcase(a=1))
show(lambda: "a".isalpha(1))
show(lambda: "a".isdigit(x=1))
show(lambda: "a".isidentifier(""))
show(lambda: str.upper(1))
show(lambda: str.upper())
show(lambda: str.upper("abc"))
show(lambda: str.lower("ÀB"))
f = str.title
print(f("a b"), list(map(str.upper, ["a", "é"])), sorted(["b", "A", "c"], key=str.lower))
