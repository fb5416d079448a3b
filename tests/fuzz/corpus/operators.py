a @= b; a //= b; a **= b; a >>= b; a <<= b; a := 1
def f() -> int: ...
x = a if b else c
x = ~a ** -b // c % d @ e
