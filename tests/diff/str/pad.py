for w in [-1, 0, 1, 2, 3, 4, 5, 6, 7, 10]:
    print(w, repr("ab".center(w)), repr("abc".center(w, "*")), repr("ab".ljust(w, "-")), repr("ab".rjust(w, "é")))
print(repr("x".center(4)), repr("x".center(5)), repr("xy".center(5)), repr("xy".center(6, "🐍")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "-".zfill(3), "".zfill(3), "x".zfill(-1), "--1".zfill(5), "日".zfill(3))
print("-42".zfill(2), "+".zfill(1), "abc".zfill(True))
s = "same"
print(s.center(2) is s, s.ljust(4) is s, s.rjust(0) is s, s.zfill(3) is s)
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: "a".center())
show(lambda: "a".center("x"))
show(lambda: "a".center(5, "ab"))
show(lambda: "a".center(5, 1))
show(lambda: "a".ljust(5, ""))
show(lambda: "a".rjust(5, None))
show(lambda: "a".center(1.5))
show(lambda: "a".center(2 ** 80))
show(lambda: "a".ljust(1, "x", "y"))
show(lambda: "a".zfill("x"))
show(lambda: "a".zfill())
show(lambda: "a".zfill(1, 2))
show(lambda: "a".center(width=3))
