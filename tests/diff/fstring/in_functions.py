# f-strings in functions, closures, loops and comprehensions.
def greet(name, times=1):
    return f"hi {name}" * times
def make(prefix):
    def inner(v):
        return f"{prefix}:{v:>4}"
    return inner
print(greet('bo'), greet('x', 2))
tag = make('id')
print([tag(i) for i in range(3)])
rows = [f"{i:02d}|{i * i:4d}|{i / 7:.3f}" for i in range(1, 6)]
for r in rows:
    print(r)
total = 0
for i in range(5):
    total += i
    print(f"step {i}: total={total}", end='; ')
print()
print(', '.join if False else '-', {f"k{i}": f"v{i}" for i in range(2)})
