# bool(x) calls __bool__, else __len__, with CPython's errors for bad
# results; instances without either are true.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Plain:
    pass
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
t("B True", lambda: bool(B(True)))
t("B False", lambda: bool(B(False)))
t("B int", lambda: bool(B(1)))
t("B None", lambda: bool(B(None)))
t("L 0", lambda: bool(L(0)))
t("L 3", lambda: bool(L(3)))
t("L True", lambda: bool(L(True)))
t("L -1", lambda: bool(L(-1)))
t("L str", lambda: bool(L("x")))
t("L float", lambda: bool(L(1.5)))
t("L huge", lambda: bool(L(2 ** 70)))
t("Both", lambda: bool(Both()))
t("Plain", lambda: bool(Plain()))
t("not B", lambda: not B(False))
t("if L", lambda: "yes" if L(2) else "no")
t("bool kw", lambda: bool(x=1))
t("bool 2 args", lambda: bool(1, 2))
