# vars(obj) is obj.__dict__; CPython's TypeErrors otherwise.
class K:
    a = 1

    def __init__(self):
        self.b = 2


k = K()
v = vars(k)
print(v, v is k.__dict__)
v["c"] = 3
print(k.c)


def f():
    pass


f.attr = "x"
print(vars(f), vars(f) is f.__dict__)
print(sorted(vars(K)), vars(K)["a"], type(vars(K)).__name__)
for bad in (1, "s", [1], None, (1,)):
    try:
        vars(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    vars(k, k)
except TypeError as e:
    print("TypeError", e)
try:
    vars(obj=k)
except TypeError as e:
    print("TypeError", e)


class WithDictProp:
    @property
    def __dict__(self):
        return {"fake": True}


print(vars(WithDictProp()))
