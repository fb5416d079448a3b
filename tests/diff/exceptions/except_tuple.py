# except (A, B) as e, nested tuples, and order of clauses.
def f(n):
    if n == 0:
        raise ValueError("v")
    if n == 1:
        raise KeyError("k")
    if n == 2:
        raise TypeError("t")
    if n == 3:
        raise IndexError(3)
    return n

for n in range(5):
    try:
        print(f(n))
    except (ValueError, KeyError) as e:
        print("first", repr(e))
    except (OverflowError, (IndexError, TypeError)) as e:
        print("nested tuple", repr(e))
    except () as e:
        print("never")
