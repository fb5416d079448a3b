# A triple-quoted string never closed.
x = """abc

