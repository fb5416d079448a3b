# and/or return one of their operands (not a bool) and short-circuit: the
# right side must not be evaluated when the left side decides.
print(0 or 5, 3 and 0, 3 and 4, 0 and 4, None or 0, 0 or None, "" or "x")
print(0.0 or -0.0, -0.0 or 0.0, 1 and 2 and 3, 0 or "" or None, 1 or 2 or 3)
print(None and 1, 2 ** 100 and 7, 0 or 2 ** 100, False or True, True and False)
print(1 and 0 or 9, 0 and 1 or 8, 0 or 0 and 1, (0 or 0) and 1, not 0 and 5)
calls = 0


def f(v):
    global calls
    calls += 1
    print("f", v)
    return v


print(f(0) and f(1))
print(f(2) and f(3))
print(f(0) or f(4))
print(f(5) or f(6))
print(f(0) or f(0) or f(7) or f(8))
print(f(1) and f(2) and f(0) and f(9))
print(calls)
x = f(0) if f(1) else f(2)
print(x)
y = f(3) if f(None) else f(4)
print(y, calls)
z = 0
z = z or 10
print(z)
z = z and z * 2
print(z)
