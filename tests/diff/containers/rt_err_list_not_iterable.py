# list(5)
print(list("ok"))
list(5)
