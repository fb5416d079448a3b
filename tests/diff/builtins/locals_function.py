# locals() (and vars()) in functions and lambdas: a snapshot dict of the
# bound variables in CPython's order (parameters and locals, then cells,
# then free variables); in a class body, the namespace itself.
def f(a, b=2, *args, k=3, **kw):
    c = a + b
    if a > 5:
        d = 1
    def g():
        return c + z
    z = 9
    return locals()
r = f(1, 2, 3, k=4, x=5)
print(sorted(r), r["c"], r["args"], r["kw"], r["z"])
print(list(r))
def outer():
    x = 1
    y = 2
    def mid(p):
        q = p
        def inner():
            return x + q
        return locals()
    return mid(5)
print(list(outer()), outer()["x"])
class C:
    a = 1
    b = locals()
    c = "a" in locals()
print(C.c, sorted([k for k in C.b if not k.startswith("__")]), C.b is C.b)
def unbound():
    l1 = sorted(locals())
    v = 1
    l2 = sorted(locals())
    del v
    l3 = sorted(locals())
    return l1, l2, l3
print(unbound())
lam = lambda q, w=1: locals()
print(lam(5))
def snap():
    x = 1
    d = locals()
    x = 2
    d["x"] = 99
    return d, x
print(snap())
def via_vars(a):
    b = a * 2
    return vars()
print(via_vars(4))
