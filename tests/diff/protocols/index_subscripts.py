# __index__ is how lists, tuples, str and range take an index or a slice bound.
class I:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


lst = [10, 20, 30, 40, 50]
print(lst[I(1)], lst[I(-1)], (1, 2, 3)[I(2)], "hello"[I(4)], range(5, 50, 5)[I(3)])
print(lst[I(1):I(4)], lst[::I(2)], "abcdef"[I(1):I(-1):I(2)], (1, 2, 3, 4)[I(-3):])
print(range(100)[I(10):I(20):I(3)])
print(range(2**80)[I(2**70)])
lst[I(0)] = 99
del lst[I(-1)]
print(lst)
lst[I(1):I(3)] = ["x"]
print(lst)
print(slice(I(1), I(3)).indices(10) if False else lst[slice(I(1), None)])
for bad in (lambda: lst[I(2**70)], lambda: lst[I(10)], lambda: "ab"[I(2**70)]):
    try:
        bad()
    except IndexError as e:
        print("IndexError", e)
try:
    lst[1.5]
except TypeError as e:
    print("TypeError", e)
try:
    lst[I("x")]
except TypeError as e:
    print("TypeError", e)
try:
    lst[I(0):I(2.0)]
except TypeError as e:
    print("TypeError", e)
print(lst.index(99, I(0), I(3)), (5, 6, 7).index(7, I(-1)))
print(lst.pop(I(0)), lst)
lst.insert(I(0), "first")
print(lst)
