# Without __format__, format() falls back to object.__format__: str(),
# which uses __str__, then __repr__.
class R:
    def __repr__(self):
        return 'R-repr'
class S:
    def __str__(self):
        return 'S-str'
    def __repr__(self):
        return 'S-repr'
class BadStr:
    def __str__(self):
        return 42
for o in [R(), S()]:
    print(format(o), format(o, ''), '{}'.format(o), '{!r}'.format(o), '{!s}'.format(o), '%s %r' % (o, o))
try:
    format(BadStr())
except TypeError as e:
    print(e)
try:
    format(S(), '>10')
except TypeError as e:
    print(e)
