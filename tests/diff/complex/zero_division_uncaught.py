# Uncaught ZeroDivisionError from complex division: the traceback's last
# line must be CPython's.
def ratio(a, b):
    return a / b
print(ratio(1 + 1j, 2))
print(ratio(3j, 0j))
