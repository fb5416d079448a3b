# print() with several arguments and the sep= and end= keywords, including
# empty strings, multi-character separators, None meaning the default, and
# print() with no arguments.
print()
print(1, 2, 3)
print(1, 2, 3, sep="")
print(1, 2, 3, sep=", ")
print(1, 2, 3, sep=" -- ", end=" <end>\n")
print("a", "b", end="")
print("c")
print(end="")
print("x", end="!\n")
print(sep="-")
print("only", sep="ignored")
print(1, 2, sep=None, end=None)
print("tab\tsep", 5, sep="\t")
print("multi", "line", sep="\n")
print(end="no newline then ")
print("newline")
for i in range(5):
    print(i, end=" " if i < 4 else "\n")
print("", "", "", sep="|")
print(None, True, False, 0, 0.0, -0.0, 2 ** 70, sep="/")
print("end", end="")
