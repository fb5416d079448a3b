x = "n=" + str(5)
print(x)
y = "n=" + 5
