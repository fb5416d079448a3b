# The captured comprehension variable after its comprehension: the cell
# keeps the last value; an empty run leaves nothing to call; the variable
# is still invisible outside.
fs = [lambda: i for i in []]
print(fs)
gs = [lambda: i * 2 for i in range(1, 4)]
print(gs[0](), gs[-1]())
try:
    print(i)
except NameError as e:
    print("NameError", e)


def make():
    return [lambda: z for z in range(2)]


a, b = make()
print(a(), b(), a() == b())
hs = [lambda: undefined_name for _ in range(1)]
hs[0]()
