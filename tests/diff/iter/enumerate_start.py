# enumerate start values: negative, big, bool, __index__ objects; errors.
class I:
    def __index__(self):
        return 10
print(list(enumerate("ab", -1)), list(enumerate("ab", 2**63)), list(enumerate("ab", True)), list(enumerate("a", I())))
for f in [lambda: enumerate("a", 1.5), lambda: enumerate("a", "x"), lambda: enumerate(), lambda: enumerate("a", 1, 2),
          lambda: list(enumerate(iterable="ab")), lambda: list(enumerate(iterable="ab", start=3))]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
