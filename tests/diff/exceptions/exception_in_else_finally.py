# An exception in else still runs finally; the handlers do not see it.
def f():
    try:
        x = 1
    except ZeroDivisionError:
        print("not here")
    else:
        x = x // 0
    finally:
        print("finally")

try:
    f()
except ZeroDivisionError as e:
    print("caught outside:", e)
