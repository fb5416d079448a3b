# \N must be followed by a name in braces.
print("not printed")
x = "ab\Ncd"
