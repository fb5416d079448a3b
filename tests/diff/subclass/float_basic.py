# class F(float): values, arithmetic to plain floats, comparisons, hashing
class F(float):
    pass


f = F(2.5)
print(f, repr(f), type(f).__name__, isinstance(f, float), F(), F(3), F("1e3"), F(" -inf "), F("nan"))
for r in (f + 1, 1 + f, f * 2, f - 0.5, f / 2, f // 1, f % 2, f ** 2, -f, +f, abs(F(-1.25))):
    print(r, type(r).__name__)
print(f == 2.5, f < 3, f > 2, 3 > f, f == F(2.5), hash(f) == hash(2.5), {2.5: "k"}[f])
print(int(f), float(f), type(float(f)).__name__, str(f), bool(F(0.0)), bool(f))
print(divmod(F(7.5), 2), round(F(2.675), 2), round(F(3.5)), max(F(1.5), 1), sorted([F(3.0), 1, F(-2.0)]))


class G(float):
    def __new__(cls, celsius):
        return super().__new__(cls, celsius * 9 / 5 + 32)

    def __repr__(self):
        return "G(" + float.__repr__(self) + ")"


g = G(100)
print(g, repr(g), [g], g + 0, type(g + 0).__name__)
g.note = "boiling"
print(g.note)
