# del in a class body: the name leaves the namespace; later reads go to
# the globals again
x = "global x"


class A:
    x = "class x"
    before = x
    del x
    after = x
    tmp = 1
    helper = tmp * 10
    del tmp


print(A.before, A.after, A.helper, hasattr(A, "tmp"))
