# del of locals and globals, and assert with and without a message.
x = 1
del x
try_again = 2


def f():
    a = 5
    del a
    return "deleted"


print(f())
assert try_again == 2
assert try_again == 2, "not shown"
assert 1 + 1 == 3, "math is broken"
