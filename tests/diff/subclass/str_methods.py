# str's methods on str subclass instances return plain strs
class S(str):
    def shout(self):
        return self.upper() + "!"


s = S("Hello World")
print(s.shout(), s.lower(), s.split(), s.replace("o", "0"), s.startswith("He"), s.find("W"))
print(type(s.upper()).__name__, type(s.strip()).__name__, "-".join([S("a"), S("b")]), S(",").join("xy"))
print(str.upper(s), S("  pad ").strip(), s.count("l"), S("a,b").split(","), S("x") in "xyz")
long = S("ab" * 200)
print(len(long), long[399], long.count("ab"), long[:6], type(long + "c").__name__)
t = "hello world"
print(t.find(S("o")), t.count(S("l")), t.startswith(S("he")), t.endswith((S("x"), S("ld"))), t.partition(S(" ")))
print(S("l") in t, t.rfind(S("o")), t.index(S("w")), "-".join(S("abc")))
for bad in (1, 2.5, None):
    try:
        print(bad in t)
    except TypeError as e:
        print(e)
class I(int):
    pass
try:
    t.startswith(I(1))
except TypeError as e:
    print(e)
