# Deeply nested try statements in one function.
def f(k):
    out = 0
    try:
        try:
            try:
                try:
                    if k == 0:
                        raise ValueError
                    if k == 1:
                        raise KeyError
                    if k == 2:
                        raise TypeError
                    if k == 3:
                        raise ZeroDivisionError
                    out = 4
                except ValueError:
                    out = 0
            except KeyError:
                out = 1
            finally:
                out = out + 10
        except TypeError:
            out = 2
    except ArithmeticError:
        out = 3
    return out

for k in range(5):
    print(k, f(k))
