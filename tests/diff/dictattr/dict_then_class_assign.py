# An instance in dict mode keeps its dict across __class__ assignment.
class A:
    def f(self):
        return "A", self.v


class B:
    def f(self):
        return "B", self.v


a = A()
a.v = 1
d = a.__dict__
a.__class__ = B
print(a.f(), a.__dict__ is d)
d["v"] = 2
print(a.f(), vars(a))
