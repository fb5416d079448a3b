# Plain f-strings: text, fields, doubled braces, empty strings.
x = 42
name = 'world'
print(f'hello {name}!')
print(f"{x}", f"{x}{x}", f"[{x}]", f"{{x}}", f"{{{x}}}", f"}}{{")
print(f"", f"no fields", repr(f""))
print(f"{name} has {len(name)} letters and {x * 2} doubled")
print(f'{"quoted"}', f"{'single'}", f'''{x}''', f"""{name}""")
print(F"capital {x}", rf"raw \n {x}", fr"\t{name}")
a = f"{x}"
print(type(a).__name__, a == '42', len(f"{name}{name}"))
