# a class body reading an enclosing variable that is not bound yet
def f():
    class A:
        v = zzq_later_value
    zzq_later_value = 1
    return A


f()
