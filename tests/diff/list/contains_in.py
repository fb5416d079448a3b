# `in` / `not in` on lists use identity then ==; custom __eq__ is called; nested lists.
class AlwaysEq:
    def __eq__(self, o):
        return True
class NeverEq:
    def __eq__(self, o):
        return False
n = NeverEq()
print(1 in [1.0], "a" in ["a"], [1] in [[1]], 5 not in [1, 2], AlwaysEq() in [1], n in [n], NeverEq() in [n])
nan = float("nan")
print(nan in [nan], None in [0, False, []], () in [[]], 0 in [False])
