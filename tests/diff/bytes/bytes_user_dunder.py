def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class B:
    def __bytes__(self):
        return b'from dunder'

class Bad:
    def __bytes__(self):
        return 'str'

print(bytes(B()))
attempt(lambda: bytes(Bad()))
print(b'%s|%b' % (B(), B()))
