class A:
    __secret = 1
    def __init__(self):
        self.__hidden = 2
    def get(self):
        return self.__secret + self.__hidden
a = A()
print(a.get(), a._A__hidden, A._A__secret)
print(hasattr(a, "__hidden"))
