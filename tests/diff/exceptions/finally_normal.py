# finally runs on every way out.
def f(k):
    try:
        if k == 0:
            return "ret"
        if k == 1:
            raise ValueError("x")
        print("body done")
    finally:
        print("finally", k)
    return "end"

print(f(0))
try:
    f(1)
except ValueError as e:
    print("caught", e)
print(f(2))
