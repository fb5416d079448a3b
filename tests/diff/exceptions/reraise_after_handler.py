# Leaving a handler (normally, by return, break or continue) restores the
# exception being handled before it.
def f():
    try:
        raise ValueError("x")
    except ValueError:
        return 1

f()
try:
    raise
except RuntimeError as e:
    print("after return:", e)

for i in range(2):
    try:
        raise KeyError(i)
    except KeyError:
        if i == 0:
            continue
        break
try:
    raise
except RuntimeError as e:
    print("after break:", e)

try:
    raise TypeError("outer")
except TypeError:
    try:
        raise ValueError("inner")
    except ValueError:
        pass
    try:
        raise
    except TypeError as e:
        print("outer restored:", e)
