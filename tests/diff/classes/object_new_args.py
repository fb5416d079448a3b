class H:
    def __new__(cls):
        return object.__new__(cls, 1)
H()
