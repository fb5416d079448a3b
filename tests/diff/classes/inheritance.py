class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes " + self.sound()
    def sound(self):
        return "..."
class Dog(Animal):
    def sound(self):
        return "woof"
class Puppy(Dog):
    def __init__(self, name):
        Dog.__init__(self, name + " jr")
    def sound(self):
        return Dog.sound(self) + "!"
for a in range(1):
    pass
print(Animal("x").speak())
print(Dog("rex").speak())
print(Puppy("rex").speak())
print(isinstance(Puppy("a"), Animal), isinstance(Dog("a"), Puppy))
print(issubclass(Puppy, Dog), issubclass(Animal, Dog), issubclass(Dog, (int, Animal)))
