# object.__dir__ (what super().__dir__() reaches) and object.__subclasshook__.
class A:
    x = 1
    def __init__(self):
        self.y = 2
class B(A):
    def __dir__(self):
        return [n for n in super().__dir__() if not n.startswith("_")] + ["extra"]
print(dir(B()))
print(sorted([n for n in object.__dir__(A()) if not n.startswith("_")]), "__class__" in object.__dir__(1))
print(object.__subclasshook__(), A.__subclasshook__(int), issubclass(B, A), issubclass(A, B))
try:
    object.__dir__(A(), 1)
except TypeError as e:
    print("TypeError", e)
