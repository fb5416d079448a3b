tests = ["", "no tabs", "\t", "a\tb", "ab\tc\td", "abcdefgh\tx", "a\nb\tc", "12\r\t3", "é\tü\t日本\tx", "🐍\t.", "\t\t"]
for t in tests:
    print(repr(t), repr(t.expandtabs()), repr(t.expandtabs(4)), repr(t.expandtabs(1)), repr(t.expandtabs(0)), repr(t.expandtabs(-3)), repr(t.expandtabs(tabsize=3)))
s = "plain"
print(s.expandtabs() is s)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "a".expandtabs("x"))
show(lambda: "a".expandtabs(tabsize="x"))
show(lambda: "a".expandtabs(x=1))
show(lambda: "a".expandtabs(1, 2))
show(lambda: "a\tb".expandtabs(2.0))
