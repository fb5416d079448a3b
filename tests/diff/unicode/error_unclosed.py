# \N{ without its closing brace.
print("not printed")
x = "\N{LATIN SMALL LETTER A" if 1 else 2
