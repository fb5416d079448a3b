# TypeError for unsupported operand types: int + str.
a = 1
print(a + 2)
print(a + "a")
