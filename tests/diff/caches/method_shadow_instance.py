# An instance attribute that shadows a method, set and deleted while the
# call site is hot; other instances keep calling the method.


class Obj:
    def __init__(self, name):
        self.name = name

    def act(self):
        return "method " + self.name


def run(o):
    return o.act()


a = Obj("a")
b = Obj("b")
for i in range(7):
    print(i, run(a), run(b))
    if i == 2:
        a.act = lambda: "instance lambda"
    if i == 4:
        del a.act
    if i == 5:
        b.act = len  # a builtin as instance attribute: not bound
        try:
            run(b)
        except TypeError as e:
            print("TypeError", e)
        b.act = lambda: "b again"
