o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object))
class A(object):
    pass
print(A.__bases__, A.__mro__)
