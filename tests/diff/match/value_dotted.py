# Value patterns with dotted names compare with ==.
class Color:
    RED = 1
    GREEN = 2
    BLUE = "blue"


class Weird:
    def __eq__(self, other):
        print("eq called with", other)
        return other == 2


def f(c):
    match c:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Color.BLUE:
            return "blue"
    return "?"


print(f(1), f(2), f("blue"), f(3), f(True), f(1.0))
w = Weird()
match w:
    case 2:
        print("weird matched 2")
    case _:
        print("no")
