# reprs of subclass instances inside containers, and recursive ones
class A(int):
    pass


class F(float):
    pass


class S(str):
    pass


class L(list):
    pass


class D(dict):
    pass


class T(tuple):
    pass


x = [A(1), F(2.0), S("s"), L([S("t")]), D(k=A(3)), T((F(0.5),))]
print(x)
print(repr(x), str(T((S("a"), A(-1)))), {S("k"): L()})
r = L([1])
r.append(r)
print(r)
dd = D()
dd["self"] = dd
print(dd)
print(A(10), F(1e22), F(0.1), S("new\nline"), repr(S("new\nline")))
