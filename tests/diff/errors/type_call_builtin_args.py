# TypeError from calling a builtin with the wrong number of arguments.
print(abs(-3), divmod(9, 4))
print(divmod(9))
