print(str(), str(1), str(1.5), str(None), str(True), str([1, "a"]), str((1,)), str({"a": 1}), str("x"), str(object="kw"), str(-0.0))
print(repr(str("é")), str(2 ** 100), str(str), str(ValueError("m")), type(str(3)).__name__)
class P:
    def __str__(self):
        return "P!"
    def __repr__(self):
        return "P()"
class Q:
    def __repr__(self):
        return "Q()"
print(str(P()), str(Q()), repr(P()), [P()], str([P()]))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: str(1, 2, 3, 4))
show(lambda: str(x=1))
show(lambda: str(1, encoding=1))
