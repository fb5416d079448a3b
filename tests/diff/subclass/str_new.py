# __new__ overrides of str subclasses and attributes on instances
UP = {"a": "A", "b": "B", "e": "E", "h": "H", "i": "I", "r": "R", "t": "T"}


class Upper(str):
    def __new__(cls, text):
        out = ""
        for ch in text:
            if "a" <= ch <= "z":
                ch = UP[ch]
            out += ch
        return super().__new__(cls, out)


class Named(str):
    def __new__(cls, value, name="anon"):
        self = str.__new__(cls, value)
        self.name = name
        return self

    def __repr__(self):
        return "Named(" + str.__repr__(self) + ", name=" + self.name + ")"


u = Upper("hi there")
print(u, repr(u), type(u).__name__, u == "HI THERE")
n = Named("v", name="first")
print(n, repr(n), [n], n.name, n + "w", Named(5))
print(str.__new__(str, "plain"), type(str.__new__(Named, "x")).__name__)
