# builtin subclasses meet the number, format, bytes and metaclass features
class I(int):
    pass
class F(float):
    pass
class S(str):
    pass
i = I(10)
print(i.bit_length(), i.real, i.numerator, i.as_integer_ratio(), pow(I(2), 10, I(7)), format(i, "x"), f"{i:>5}")
print(F(2.5).hex(), F(2.5).is_integer(), F(1.5).real, format(F(2.5), ".3f"), round(F(2.5)))
print(S("ab").encode(), "%s-%d" % (S("x"), I(3)), "{}".format(S("q")), f"{S('z')!r}")
class M(type):
    def __new__(mcs, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcs, name, bases, ns)
class A(metaclass=M):
    if True:
        x = 1
    else:
        x = 2
print(A.tag, A.x, type(A).__name__)
class L(list, metaclass=M):
    pass
l = L([3, 1, 2]); l.sort(); print(l, L.tag, b"abc".hex(), bytes(S("hi"), "ascii"), complex(I(3)))
print(I(5) ** 2, type(I(5) ** 2).__name__, divmod(I(7), 2), 3j * I(2))
