# The iterator protocol on user classes: __iter__ returning self, __next__, StopIteration value.
class Count:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Count(3)), sum(Count(4)), sorted(Count(3)), max(Count(5)), dict.fromkeys(Count(2)))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), list(iter(Seq())), list(enumerate(Seq())))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
try:
    next(5)
except TypeError as e:
    print("TypeError", e)
it = iter([1])
print(next(it), next(it, "dflt"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
