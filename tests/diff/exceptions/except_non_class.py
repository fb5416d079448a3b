# Catching something that is not an exception class is a TypeError, raised
# only when the clause is tested.
def f(t):
    try:
        raise ValueError("v")
    except t:
        return "caught"

def bad(t):
    try:
        f(t)
    except TypeError as e:
        print("TypeError:", e)

print(f(ValueError))
print(f((KeyError, ValueError)))
bad(3)
bad("ValueError")
bad((ValueError, 1))
bad((KeyError, (ValueError,)))
bad(int)
bad(object)
try:
    try:
        pass
    except 3:
        pass
    print("never tested")
except TypeError:
    print("not raised")
