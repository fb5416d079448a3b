# A recursive call inside an unboxed clone checks that the name still
# refers to the same function; rebinding it must take effect immediately.
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)


print(count(10))
original = count


def count(n):
    return 1000 + n


print(original(10))
print(count(10))
