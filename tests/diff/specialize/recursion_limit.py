# The recursion limit inside an unboxed clone: it gives up and the boxed
# run raises RecursionError as CPython does; depth 900 still works.
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print(depth(900))
print(depth(100000))
