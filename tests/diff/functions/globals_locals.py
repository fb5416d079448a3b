# Module-level vs local variables, the global statement, shadowing, reading
# a global defined after the function, and locals that outlive loops.
counter = 0
name = "module"


def bump(k):
    global counter
    counter += k
    return counter


def shadow():
    name = "local"
    counter = -1
    print(name, counter)
    return counter


def read_later():
    return later * 2


def make_global():
    global fresh
    fresh = 42


def loop_local():
    for i in range(5):
        last = i * i
    return i + last


print(bump(1), bump(2 ** 47), bump(-(2 ** 47)), counter)
s = shadow()
print(s, name, counter)
later = 21
print(read_later())
later = 2 ** 100
print(read_later())
make_global()
print(fresh)
print(loop_local())
x = 1


def uses_param(x):
    x = x + 1
    return x


print(uses_param(10), x)
