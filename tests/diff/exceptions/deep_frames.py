# Exceptions raised deep in a call chain are caught further up; the
# frames between run their finally bodies.
def level(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        return level(n - 1)
    finally:
        print("unwind", n)

try:
    level(4)
except LookupError as e:
    print("caught", e)

def count(n):
    return count(n + 1)

try:
    count(0)
except RecursionError as e:
    print("recursion:", e)
print("still running")
