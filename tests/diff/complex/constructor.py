# complex(real, imag) from numbers: bools, ints (huge ones overflow),
# floats, complex arguments (a + b*1j), keywords, and the TypeErrors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("empty", lambda: complex())
t("int", lambda: complex(5))
t("float", lambda: complex(-2.5))
t("two", lambda: complex(1, 2))
t("bools", lambda: complex(True, False))
t("cc", lambda: complex(1j, 1j))
t("c2", lambda: complex(1 + 2j, 3))
t("c3", lambda: complex(2, 1 + 2j))
t("c4", lambda: complex(1 + 2j, 3 + 4j))
t("same", lambda: complex(1 + 2j))
t("neg zero", lambda: complex(-0.0, -0.0))
t("big", lambda: complex(10 ** 400))
t("1 big", lambda: complex(1, 10 ** 400))
t("2**63", lambda: complex(2 ** 63, -2 ** 63))
t("kw", lambda: complex(real=1, imag=2))
t("kw imag", lambda: complex(imag=2))
t("kw bad", lambda: complex(x=2))
t("kw dup", lambda: complex(1, real=2))
t("3 args", lambda: complex(1, 2, 3))
t("list", lambda: complex([]))
t("None", lambda: complex(None))
t("1 list", lambda: complex(1, []))
t("1 None", lambda: complex(1, None))
t("str 2", lambda: complex("1", 2))
t("2 str", lambda: complex(1, "2"))
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __complex__(self):
        return 5
t("__complex__", lambda: complex(C()))
t("__complex__ 2", lambda: complex(C(), 1))
t("__float__", lambda: complex(F(), F()))
t("__index__", lambda: complex(I(), I()))
t("bad __complex__", lambda: complex(Bad()))
t("plain object", lambda: complex(object()))
t("type", lambda: type(complex(1)).__name__)
