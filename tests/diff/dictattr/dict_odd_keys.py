# A live __dict__ can hold keys that are not identifiers, or not strs;
# getattr/setattr see the str ones.
class A:
    pass


a = A()
a.__dict__["with space"] = 1
a.__dict__[1] = "one"
print(getattr(a, "with space"), a.__dict__[1])
setattr(a, "x-y", 2)
print(len(a.__dict__), a.__dict__["x-y"])
print(hasattr(a, "1"), vars(a)[1])
a.__dict__.update({"k": "v"})
print(a.k)
a.__dict__.pop("k")
print(hasattr(a, "k"))
