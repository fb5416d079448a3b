# A name assigned anywhere in a function is local everywhere in it: reading
# it before the assignment is an UnboundLocalError, even with a global of
# the same name.
count = 5


def f():
    print("start")
    total = count
    count = 1
    return total


f()
