# del of a name the class body never bound: NameError
class A:
    y = 1
    del y
    del y
