# A return in finally swallows the exception; break and continue too.
def f():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def g():
    for i in range(3):
        try:
            raise TypeError(i)
        finally:
            if i == 1:
                break
            continue
    return i

def h():
    try:
        return "try"
    finally:
        return "finally wins"

print(f())
print(g())
print(h())
