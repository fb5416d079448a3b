# Nested try statements: inner handlers first, unmatched ones go outward.
def f(k):
    try:
        try:
            if k == 0:
                raise ValueError("inner")
            if k == 1:
                raise TypeError("outer")
            return "none"
        except ValueError as e:
            return "inner caught " + str(e)
        finally:
            print("inner finally", k)
    except TypeError as e:
        return "outer caught " + str(e)
    finally:
        print("outer finally", k)

for k in range(3):
    print(f(k))
