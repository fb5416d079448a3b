# UnboundLocalError from inside a function that would otherwise be unboxed.
def maybe(n):
    if n > 0:
        x = n * 2
    return x


print(maybe(4), maybe(100))
print(maybe(-1))
