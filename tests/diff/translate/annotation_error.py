# Annotations are evaluated when the def runs: an undefined name in one is
# a NameError before the function exists.
print("before")


def f(x: Undefined) -> int:
    return x


print("not reached")
