# A class's __format__ gets the spec; subclasses inherit it; format()
# checks that it returns a str.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == '':
            return 'Money(%d)' % self.cents
        return format(self.cents / 100, spec) + ' EUR'
class Cheap(Money):
    pass
class Bad:
    def __format__(self, spec):
        return len(spec)
class Echo:
    def __format__(self, spec):
        return '<' + spec + '>'
print(format(Money(1234), ''), format(Money(1234), '.2f'), format(Cheap(5), '>8.1f'))
print(format(Echo(), ''), format(Echo(), 'anything {goes}'), format(Echo()))
print('{:x}'.format(Echo()), '{0:{1}}'.format(Echo(), 'nest'))
try:
    format(Bad(), 'abc')
except TypeError as e:
    print(e)
class Sub(Echo):
    def __format__(self, spec):
        return 'sub' + super().__format__(spec)
print(format(Sub(), 'q'))
