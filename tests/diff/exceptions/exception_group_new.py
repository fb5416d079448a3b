# ExceptionGroup construction checks (CPython's messages).
eg = ExceptionGroup("many", (ValueError(1), TypeError("t")))
print(type(eg), eg, repr(eg))
beg = BaseExceptionGroup("base", (KeyboardInterrupt(),))
print(type(beg), beg)
print(type(BaseExceptionGroup("only exceptions", (ValueError(),))))
try:
    ExceptionGroup("m")
except TypeError as e:
    print(e)
try:
    ExceptionGroup(1, (ValueError(),))
except TypeError as e:
    print(e)
try:
    ExceptionGroup("m", 3)
except TypeError as e:
    print(e)
try:
    ExceptionGroup("m", ())
except ValueError as e:
    print(e)
try:
    ExceptionGroup("m", (ValueError(), 2))
except ValueError as e:
    print(e)
try:
    ExceptionGroup("m", (KeyboardInterrupt(),))
except TypeError as e:
    print(e)
try:
    ExceptionGroup("m", (ValueError(),), 3)
except TypeError as e:
    print(e)
