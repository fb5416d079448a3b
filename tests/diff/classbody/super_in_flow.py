# methods defined under control flow still get __class__ for super()
class Base:
    def who(self):
        return "base"


class Child(Base):
    for variant in ["a"]:
        def who(self):
            return "child/" + super().who()
    if True:
        def again(self):
            return __class__.__name__


print(Child().who(), Child().again())


def make(n):
    classes = []
    for i in range(n):
        class K(Base):
            def who(self):
                return super().who() + str(i)
        classes.append(K)
    return classes


print([k().who() for k in make(3)])
