# The position counts each non-ASCII character as its \\UXXXXXXXX
# escape, and lines of a triple-quoted string as they are.
x = """café
\N{SNOWMAN}\N{SNOWMAN}
\N{WHITE SNOWMAN}""" + "y"
