# A class with __enter__ but no __exit__.
class Half:
    def __enter__(self):
        return self


with Half():
    pass
