# match statements in a class body
SPEC = ("point", 3, 4)


class Shape:
    match SPEC:
        case ("circle", r):
            kind = "circle"
            size = r
        case ("point", x, y):
            kind = "point"
            size = x + y
        case _:
            kind = "unknown"


print(Shape.kind, Shape.size, Shape.x, Shape.y)
