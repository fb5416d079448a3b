# The enclosing function never binds `total`.
def outer():
    def inner():
        nonlocal total
        total = 1
    inner()

outer()
