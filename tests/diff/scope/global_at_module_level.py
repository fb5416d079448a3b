# `global` at module level is allowed (before any use) and changes nothing.
global limit
limit = 3
print(limit)


def read():
    return limit


limit = limit * 2
print(read())
