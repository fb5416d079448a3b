# invalid literal through an int subclass (uncaught ValueError)
class A(int):
    pass


print(A("7"))
A("seven")
