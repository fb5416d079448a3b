# Reading a deleted global is a NameError.
x = 1
print(x)
del x
print(x)
