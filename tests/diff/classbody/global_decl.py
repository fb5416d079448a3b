# `global` in a class body
counter = 0


class A:
    global counter
    counter += 5
    local = counter


print(counter, A.local, hasattr(A, "counter"))


def f():
    class B:
        global made
        made = "made in class"
    return B


f()
print(made)
