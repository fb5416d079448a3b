def make_adder(n):
    return lambda x: x + n
adders = []
for i in range(5):
    adders.append(make_adder(i)) if False else None
a = make_adder(3)
b = make_adder(-3)
print(a(10), b(10), make_adder("s")("t") if False else 0)
print(make_adder(1.5)(2))
