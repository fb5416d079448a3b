# `global` in a nested function binds the module's name, not the outer
# function's; the outer function's own name of the same spelling is local.
counter = 0


def outer():
    counter = 100

    def bump():
        global counter
        counter += 1
        return counter

    print(bump(), bump(), counter)


outer()
print(counter)
