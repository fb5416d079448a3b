# subclass instances stored in and looked up from builtin containers
class S(str):
    pass


class A(int):
    pass


class T(tuple):
    pass


d = {S("a"): 1, A(2): "two", T((1, 2)): "pair"}
print(d["a"], d[2], d[(1, 2)], S("a") in d, 2.0 in d)
st = {S("x"), "x", A(1), 1, 1.0, T(()), ()}
print(len(st), sorted([str(v) for v in st]))
print([S("b"), S("a")].index("a"), (A(1), A(2)).count(2), ["a"].count(S("a")))
print(sorted({S("b"): 0, S("a"): 0}), list(reversed(T((1, 2, 3)))) if False else "skip")
print(str(S("é")), len(S("é")), S("ab") * A(2), (1, 2)[A(0)], "abc"[A(1):A(3)], [0, 1, 2, 3][T and A(1):])
print(list(range(A(3))) if False else "skip", [1, 2, 3][S and A(-1)])
