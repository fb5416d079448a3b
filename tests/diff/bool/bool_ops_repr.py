# bool: repr/str, arithmetic gives ints, & | ^ between bools stay bool
# (with an int they give ints), ~ and unary minus give ints, comparisons
# and hashes as the ints 0 and 1.
t, f = True, False
print(repr(t), str(f), t, f, [t, f], (t,), {f: t})
print(t + t, t - f, t * 5, t / 2, t // 1, t % 2, t ** 10, -t, +t, ~t, ~f, abs(t), -f)
print(type(t + t).__name__, type(-t).__name__, type(~t).__name__, type(+t).__name__, type(abs(f)).__name__)
print(t & f, t | f, t ^ t, f ^ f, t & 1, t | 2, f ^ 1, 3 & t)
print(type(t & f).__name__, type(t | f).__name__, type(t & 1).__name__, type(1 | f).__name__)
print(t << 3, t >> 1, 2 ** t, 1.5 * t, t * 1j, t == 1, f == 0, t == 1.0, t is True, hash(t), hash(f))
print(t < 2, f < t, max(t, f), min(t, 0), sum([t, t, t]), sum([t, 0.5]), divmod(t, 2), round(t))
print(int(t), float(t), complex(t), str(t) + "!", t.real, t.imag, t.numerator, t.denominator)
print(t.bit_length(), t.as_integer_ratio(), t.conjugate(), type(t.conjugate()).__name__)
print(bool(), bool(0), bool(1), bool(-0.0), bool(0j), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(bool(float("nan")), bool(10 ** 400), bool(2 ** 47), bool(range(0)), bool({}), bool(()))
