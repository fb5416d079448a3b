# Argument errors of float methods, with CPython's messages.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("hex arg", lambda: (1.5).hex(1))
t("is_integer arg", lambda: (1.0).is_integer(1))
t("is_integer kw", lambda: (1.5).is_integer(x=1))
t("ratio arg", lambda: (1.0).as_integer_ratio(2))
t("conjugate arg", lambda: (1.0).conjugate(1))
t("round 2 args", lambda: (1.5).__round__(1, 2))
t("round str", lambda: (1.5).__round__("x"))
t("round kw", lambda: (1.5).__round__(ndigits=1))
t("fromhex none", lambda: float.fromhex())
t("fromhex two", lambda: float.fromhex("1", "2"))
t("fromhex int", lambda: float.fromhex(1))
t("fromhex kw", lambda: float.fromhex(string="1"))
t("getformat bad", lambda: float.__getformat__("x"))
t("getformat int", lambda: float.__getformat__(1))
t("set real", lambda: setattr(1.5, "real", 2.0))
t("del imag", lambda: delattr(1.5, "imag"))
t("unbound", lambda: float.hex())
t("wrong self", lambda: float.hex(1))
t("wrong self str", lambda: float.is_integer("1.0"))
t("via instance", lambda: (2.5).fromhex("0x1p1"))
t("bound repr type", lambda: type((1.5).hex).__name__)
