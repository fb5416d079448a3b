# A site that hit its cache for one class raises CPython's AttributeError
# for another class, an instance of a builtin, a class object and None.


class Has:
    def __init__(self):
        self.value = 1


class HasNot:
    pass


def get(o):
    return o.value


for o in (Has(), Has(), HasNot(), 3, Has, None, "s", Has()):
    try:
        print(get(o))
    except AttributeError as e:
        print("AttributeError:", e)


def call(o):
    return o.method()


for o in (Has(), [1]):
    try:
        call(o)
    except AttributeError as e:
        print("AttributeError:", e)
