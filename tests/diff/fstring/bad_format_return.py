# Uncaught: __format__ must return a str.
class Bad:
    def __format__(self, spec):
        return 3
print(f"{Bad()}")
