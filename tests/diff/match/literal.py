# Literal and value patterns, singletons, wildcard, guards.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case "hello":
            return "greeting"
        case "":
            return "empty string"
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 100000000000000000000:
            return "huge"
        case _:
            return "other"


for v in [0, 1, 2, 3, -1, 2.5, "hello", "", None, True, False, 100000000000000000000, 7, "x", 0.0, 1.0]:
    print(repr(v), describe(v))
