# An assignment anywhere in a function makes the name local everywhere in
# it; the global of the same name is only reachable through `global`.
value = "global"


def reads():
    return value


def shadows(flag):
    if flag:
        value = "local"
        return value
    return "no binding"


def declares():
    global value
    value = "rebound"


print(reads(), shadows(True), shadows(False))
declares()
print(reads())
