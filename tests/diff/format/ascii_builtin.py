# ascii(): repr() with non-ASCII characters escaped.
for v in ['abc', 'é', '€uro', '\U0001f600', 'a\tb\n', "it's", ['é', 'x'], ('ñ',), {'ü': 'ö'}, 1, 2.5, None, 'ÿ\u0100\uffff\U00010000']:
    print(ascii(v))
class U:
    def __repr__(self):
        return 'Ü()'
print(ascii(U()), repr(U()))
