# Methods replaced on the class (and on a base) while a call site is hot.


class Animal:
    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return "woof"


class Cat(Animal):
    pass


def talk(a):
    return a.speak()


def loud(self):
    return "LOUD " + type(self).__name__


pets = [Dog(), Cat(), Dog()]
for i in range(8):
    print(i, [talk(p) for p in pets])
    if i == 2:
        Animal.speak = loud
    if i == 4:
        Dog.speak = lambda self, *args: "dog with args " + str(len(args))
    if i == 5:
        del Dog.speak
    if i == 6:
        Animal.speak = lambda self, extra=5: extra
