# __getattr__ on a metaclass: called for missing class attributes only
class M(type):
    def __getattr__(cls, name):
        if name[:4] == "dyn_":
            return cls.__name__ + "." + name
        raise AttributeError(name)


class A(metaclass=M):
    real = "real"


print(A.real, A.dyn_x, getattr(A, "dyn_y"), hasattr(A, "other"))
try:
    A().dyn_z
except AttributeError as e:
    print("instance:", e)
try:
    A.other
except AttributeError as e:
    print("class:", e)
