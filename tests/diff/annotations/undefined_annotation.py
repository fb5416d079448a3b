# At module level the annotation is evaluated: NameError.
a: int = 1
print(a)
b: NoSuchType = 2
