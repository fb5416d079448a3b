# an exception raised in a class body propagates out of the class statement
class A:
    x = 1
    for i in range(3):
        if i == 2:
            raise ValueError("bad class body at " + str(i))
