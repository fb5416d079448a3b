# for loops in a class body: the loop variable is a class attribute
class Table:
    total = 0
    squares = []
    for i in range(5):
        total += i
        squares.append(i * i)
    else:
        done = True
    for name in ["a", "b", "c"]:
        if name == "b":
            found = name
            break
    else:
        found = None


print(Table.total, Table.squares, Table.i, Table.done, Table.found, Table.name)


class Loop2:
    acc = []
    for x, y in [(1, 2), (3, 4)]:
        acc.append(x + y)
        continue
    del x, y


print(Loop2.acc, hasattr(Loop2, "x"), hasattr(Loop2, "y"))
