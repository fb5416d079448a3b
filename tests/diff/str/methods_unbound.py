print(str.split("a b"), str.join(",", ["x", "y"]), str.replace("aaa", "a", "b", 2), str.startswith("abc", "a"))
f = "a,b,,c".split
print(f(","), f(",", 1), f(sep=","))
g = ", ".join
print(g(["1", "2"]), g("xyz"))
m = str.maketrans
print(sorted(m("ab", "cd").items()), "abc".maketrans({"a": None}))
methods = ["upper", "lower", "title", "swapcase", "casefold", "capitalize", "strip", "isalpha", "isdigit", "isspace"]
for name in methods:
    print(name, repr(getattr("  MiXeD ß 12 ", name)()))
print(hasattr("x", "split"), hasattr("x", "format_map_x"), callable("x".upper))
