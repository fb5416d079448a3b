# ValueError from int() of a non-numeric string literal.
print(int("12"), int(" -3 "))
print(int("abc"))
