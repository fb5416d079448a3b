# Exception subclasses (a different instance layout) at the same attribute
# sites as plain classes.


class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code


class Plain:
    def __init__(self, code):
        self.code = code


def code(o):
    return o.code


items = [MyErr(1), Plain(2), MyErr(3), ValueError("x")]
for o in items:
    try:
        print(code(o))
    except AttributeError as e:
        print("AttributeError:", e)
try:
    raise MyErr(7)
except MyErr as e:
    print(code(e), e.args)
