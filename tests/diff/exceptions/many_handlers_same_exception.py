# A long chain of except clauses, in a function called many times.
def classify(k):
    try:
        if k == 0:
            raise ValueError
        elif k == 1:
            raise TypeError
        elif k == 2:
            raise KeyError
        elif k == 3:
            raise IndexError
        elif k == 4:
            raise ZeroDivisionError
        elif k == 5:
            raise NotImplementedError
        return "none"
    except ValueError:
        return "value"
    except TypeError:
        return "type"
    except KeyError:
        return "key"
    except LookupError:
        return "lookup"
    except ArithmeticError:
        return "arith"
    except Exception:
        return "exception"

counts = 0
for i in range(7000):
    if classify(i % 7) != "none":
        counts = counts + 1
print(counts)
for k in range(7):
    print(k, classify(k))
