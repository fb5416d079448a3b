try:
    ValueError(x=1)
except TypeError as e:
    print(e)
try:
    KeyError("a", b=2)
except TypeError as e:
    print(e)
