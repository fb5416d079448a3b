# __defaults__ and __kwdefaults__ assigned on lambdas, methods and nested
# functions; the next calls bind with the new values.
add = lambda a, b=1, *, c=10: a + b + c
print(add(1), add.__defaults__, add.__kwdefaults__)
add.__defaults__ = (100,)
add.__kwdefaults__["c"] = 1000
print(add(1), add(1, 2), add(1, c=0))


class K:
    def m(self, x=1, *, y=2):
        return x, y


K.m.__defaults__ = (5,)
K.m.__kwdefaults__ = {"y": 6}
print(K().m(), K().m(0, y=0))


def make():
    def inner(p, q=0, *, r=0):
        return p + q + r

    return inner


f1, f2 = make(), make()
f1.__defaults__ = (50,)
f1.__kwdefaults__ = {"r": 7}
print(f1(1), f2(1), f1.__kwdefaults__, f2.__kwdefaults__)
try:
    f2.__kwdefaults__ = 5
except TypeError as e:
    print("TypeError", e)
print(f2(1))
