class Outer:
    class Inner:
        v = 1
        def m(self):
            return "inner"
    def make(self):
        return Outer.Inner()
print(Outer.Inner.v, Outer().make().m(), Outer.Inner.__qualname__)
