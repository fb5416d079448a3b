# Unbounded recursion (depth 100000 requested) raises RecursionError instead
# of crashing; output printed before it must survive. The base case is a
# truth test, not a comparison, so CPython's message has no ' in comparison'.
def deep(n):
    if not n:
        return 0
    return deep(n - 1) + 1


print("start")
print(deep(500))
print(deep(100000))
