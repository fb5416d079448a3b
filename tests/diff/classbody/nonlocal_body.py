# nonlocal in a class body: the assignment goes to the enclosing function
def f():
    x = 1
    hits = []

    class A:
        nonlocal x
        x = x + 10
        seen = x
        hits.append(x)

    return x, A.seen, hasattr(A, "x"), hits


print(f())


def g():
    count = 0

    class B:
        nonlocal count
        for i in range(3):
            count += i
        del i

    return count


print(g())
