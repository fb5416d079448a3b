# Fields are looked up, converted and formatted left to right; an error
# stops the output at that field.
class Loud:
    def __init__(self, name):
        self.name = name
    def __format__(self, spec):
        print('format', self.name, repr(spec))
        return self.name
    def __repr__(self):
        print('repr', self.name)
        return 'L' + self.name
print('{0} {1!r} {2:{3}}'.format(Loud('a'), Loud('b'), Loud('c'), Loud('d')))
try:
    '{0} {1} {2'.format(Loud('x'), Loud('y'), 1)
except ValueError as e:
    print(e)
