# print() of exceptions and of tuples holding them.
print(ValueError("a"), (ValueError("a"), KeyError("b")))
print(Exception(), (Exception(),))
print(repr(Exception(Exception("inner"))))
