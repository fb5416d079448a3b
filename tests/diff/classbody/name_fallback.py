# names read before and after a (conditional) binding in a class body fall
# back to the globals, then the builtins (LOAD_NAME)
value = "global"
len = len


class A:
    first = value
    value = "class"
    second = value
    n = len([1, 2, 3])

    def len(self):
        return 0

    shadowed = len
    if False:
        maybe = "class"
    maybe_read = globals_fallback = value


print(A.first, A.second, A.n, A.shadowed is A.len, A.maybe_read)


def cond(flag):
    class B:
        if flag:
            value = "bound"
        seen = value
    return B.seen


print(cond(True), cond(False))


class C:
    try:
        missing_name
    except NameError as e:
        msg = str(e)


print(C.msg)


class D:
    abs = 5
    r = abs
    del abs
    r2 = abs(-3)


print(D.r, D.r2)
