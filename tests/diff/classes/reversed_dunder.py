# reversed() calls __reversed__ on user classes.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __reversed__(self):
        return iter(range(1, self.n + 1))

    def __iter__(self):
        return iter(range(self.n, 0, -1))


c = Countdown(4)
print(list(c), list(reversed(c)))


class NoRev:
    __reversed__ = None


reversed(NoRev())
