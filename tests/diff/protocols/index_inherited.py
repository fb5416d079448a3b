# __index__ found along the MRO; redefined later on the class.
class Base:
    def __index__(self):
        return 1


class Child(Base):
    pass


class Other:
    pass


data = "abcdef"
print(data[Child()], data[Base():])
Base.__index__ = lambda self: 4
print(data[Child()], [0] * Child())
Other.__index__ = lambda self: 2
print(data[Other()], bin(Other()))
del Other.__index__
try:
    data[Other()]
except TypeError as e:
    print("TypeError", e)
