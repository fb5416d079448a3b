x = 'abc
y = """never
closed
