# try/finally inside an except clause, and try/except inside finally.
def f():
    try:
        raise ValueError("a")
    except ValueError as e:
        try:
            return "from handler " + str(e)
        finally:
            print("finally inside handler")

def g():
    try:
        return "body"
    finally:
        try:
            raise KeyError("inside finally")
        except KeyError as e:
            print("caught in finally", e)

print(f())
print(g())
