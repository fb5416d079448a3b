# An error while evaluating the except clause's expression.
try:
    try:
        raise ValueError("v")
    except NoSuchError:
        print("no")
except NameError as e:
    print("NameError:", e)
