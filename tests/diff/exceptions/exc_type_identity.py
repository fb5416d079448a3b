# type(e) is the raised class; classes compare by identity.
try:
    raise FileExistsError(17, "exists")
except OSError as e:
    print(type(e) is FileExistsError, type(e) is OSError, type(e))
try:
    1 // 0
except ArithmeticError as e:
    print(type(e) is ZeroDivisionError)
print(ValueError, BaseException, ExceptionGroup, TabError)
