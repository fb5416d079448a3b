# __index__ may return a bool (an int subclass); the result is used as an int.
class T:
    def __index__(self):
        return True


class F:
    def __index__(self):
        return False


print([10, 20][T()], [10, 20][F()], list(range(T())), "xy" * T(), bin(T()), hex(F()))
print(int(T()), float(F()), round(2.567, T()))
print(type(int(T())).__name__, type(range(T()).stop).__name__ if False else "ok")
