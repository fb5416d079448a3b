# KeyError carries the key: str(e) is repr(key), args hold the key itself.
for k in ["a", 1, (1, 2), None, 1.5, "", (), frozenset([1]), b"x"]:
    try:
        {}[k]
    except KeyError as e:
        print(str(e), repr(e), e.args == (k,))
try:
    {}.pop((1,))
except KeyError as e:
    print(str(e), e.args)
try:
    del {}[("t",)]
except KeyError as e:
    print(str(e), e.args)
