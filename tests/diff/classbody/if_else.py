# if/elif/else in a class body: names bound on one branch only
FLAG = 2


class A:
    if FLAG == 1:
        kind = "one"
    elif FLAG == 2:
        kind = "two"
        extra = True
    else:
        kind = "other"
    if not FLAG:
        never = 1


print(A.kind, A.extra, hasattr(A, "never"))


def make(flag):
    class B:
        if flag:
            def m(self):
                return "yes"
        else:
            def m(self):
                return "no"
    return B


print(make(True)().m(), make(False)().m())
