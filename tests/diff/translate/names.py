# Python names that are C keywords, clash with names generated code uses,
# or are not ASCII: each must stay a distinct variable.
main = 1
py_main = 2
_xC3_xA9 = 3
é = 4
t0 = 5
py_t0 = 6
int = 7
M = 8
lineno = 9
print(main, py_main, _xC3_xA9, é, t0, py_t0, int, M, lineno)


def café(x):
    return x + 1


def 数(n):
    if n < 1:
        return 0
    return 数(n - 1) + 1


def static(auto, register):
    return auto * 10 + register


variable_é = café(41)
print(variable_é, 数(10), static(4, 2))
