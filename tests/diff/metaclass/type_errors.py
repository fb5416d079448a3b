# type() and type.__new__ argument errors
def t(f):
    try:
        print("ok", f())
    except TypeError as e:
        print("TypeError:", e)


t(lambda: type())
t(lambda: type(1, 2))
t(lambda: type("X", (), {}, 4))
t(lambda: type(1, x=1))
t(lambda: type(1, (), {}))
t(lambda: type("X", [], {}))
t(lambda: type("X", (), []))
t(lambda: type.__new__(type, "X", ()))
t(lambda: type.__new__(1, "X", (), {}))
t(lambda: type.__new__(int, "X", (), {}))
t(lambda: type("X", (), {"__qualname__": 3}))
t(lambda: type("X", (), {}, x=1))
t(lambda: type.__init__(int, 1, 2))
t(lambda: type.__init__(int, 1, x=1))


class M(type):
    pass


t(lambda: M())
t(lambda: M("X", (), {}, 4))
t(lambda: object.__new__(M))
t(lambda: type.__call__(int, "5"))
