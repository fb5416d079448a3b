class Base:
    registry = ()
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        Base.registry = Base.registry + ((cls.__name__, tag),)
class A(Base):
    pass
class B(Base, tag="bee"):
    pass
class C(B, tag="sea"):
    pass
print(Base.registry)
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class H:
    a = Named()
    b = Named()
