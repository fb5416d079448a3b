# Sequence slot wrappers raise as CPython's sq_concat / sq_repeat wrappers do.
for e in [lambda: [1].__mul__("a"), lambda: "a".__mul__("a"), lambda: b"a".__mul__(1.5), lambda: [1].__add__(5),
          lambda: "a".__add__(5), lambda: (1,).__add__(5), lambda: bytearray().__add__(5), lambda: b"".__add__("s"),
          lambda: [1].__rmul__("a"), lambda: [1].__iadd__(5), lambda: (1 + 2j).__pow__(2, 3),
          lambda: (2).__pow__(2, 0), lambda: (2.0).__pow__(2, 3)]:
    try:
        print(e())
    except (TypeError, ValueError) as x:
        print(type(x).__name__, x)
class N:
    def __index__(self):
        return 3
print([0].__mul__(N()), "ab".__rmul__(N()), (1,).__mul__(True), b"x".__mul__(2), "a".__add__("b"), [1].__add__([2]))
