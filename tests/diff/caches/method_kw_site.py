# Method sites with keyword arguments, polymorphic, and errors in binding.


class A:
    def f(self, a, b=2):
        return ("A", a, b)


class B:
    def f(self, b=0, a=0):
        return ("B", a, b)


class C:
    def f(self, **kw):
        return ("C", sorted(kw.items()))


def call(o):
    return o.f(1, b=5)


for o in (A(), B(), C(), A(), B()):
    try:
        print(call(o))
    except TypeError as e:
        print("TypeError:", e)
for o in (A(), C(), A()):
    print(o.f(a=3))
