# Argument errors of int methods and descriptors, with CPython's messages.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("bit_length arg", lambda: (1).bit_length(2))
t("bit_length kw", lambda: (1).bit_length(x=2))
t("bit_count arg", lambda: (1).bit_count(1))
t("conjugate arg", lambda: (1).conjugate(1))
t("ratio arg", lambda: (1).as_integer_ratio(1))
t("trunc arg", lambda: (5).__trunc__(1))
t("round 2 args", lambda: (5).__round__(1, 2))
t("round str", lambda: (5).__round__("a"))
t("round None", lambda: (5).__round__(None))
t("round float", lambda: (5).__round__(1.0))
t("round kw", lambda: (5).__round__(ndigits=1))
t("unbound", lambda: int.bit_length())
t("wrong self", lambda: int.bit_length("a"))
t("wrong self float", lambda: int.bit_count(1.5))
t("unknown", lambda: (5).foo)
t("type attr", lambda: int.foo)
t("is_integer", lambda: (5).is_integer())
