# Nested f-strings with different quotes, and dict keys in fields.
d = {'a': 1, "b": 2}
x = 3
print(f"{d['a']} {d['b']}")
print(f'{f"{x}"}', f"""{f'{x:>{x}}'}|""", f"{f'{f"{x!r}"}'}")
print(f"{'{'} {'}'} {'{}'}")
