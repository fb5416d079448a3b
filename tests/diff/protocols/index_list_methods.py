# list.pop/insert/index and tuple.index take __index__ arguments.
class N:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


lst = list(range(10))
print(lst.pop(N(-1)), lst.pop(N(0)), lst)
lst.insert(N(2), "ins")
print(lst, lst.index("ins", N(1)), lst.index(5, N(0), N(100)))
print((1, 2, 3, 2).index(2, N(2)), "abcabc"[N(1):N(-1)])
for bad in (lambda: lst.pop(N("x")), lambda: lst.pop(1.0), lambda: lst.insert("0", 1), lambda: lst.index(5, "a")):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
try:
    lst.pop(N(99))
except IndexError as e:
    print("IndexError", e)
