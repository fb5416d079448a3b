# NameError for an undefined module-level name used inside a function.
def f(n):
    print("f called", n)
    return n + qqq_undefined_zz


print("start")
print(f(1))
