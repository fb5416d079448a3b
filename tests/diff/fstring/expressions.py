# Any expression in a field: calls, subscripts, attributes, conditionals,
# comprehensions, lambdas in parentheses, dict lookups with other quotes.
d = {'k': 'v', 1: 'one'}
lst = [1, 2, 3]
class P:
    def __init__(self):
        self.a = 7
    def m(self, n):
        return n * self.a
p = P()
print(f"{d['k']} {d[1]} {lst[-1]} {lst[1:]} {p.a} {p.m(3)}")
print(f"{1 if lst else 0} {'yes' if not lst else 'no'} {sum(lst)} {max(lst, key=lambda v: -v)}")
print(f"{[v * v for v in lst]} {({v: v for v in lst})} {(lambda q: q + 1)(5)}")
print(f"{3 + 4 * 2} {2 ** 10} {7 // 2} {-7 % 3} {1 / 4}")
print(f"{'a' + 'b'} {'x' * 3} {str(5) + 'z'} {(1, 2)} {()}")
print(f"{d}", f"{lst!r}", f"{(x := 5)} {x}")
print(f"{f'{1}{2}'} {f'{f"{3}"}'}" if False else f"{f'{1}{2}'}")
