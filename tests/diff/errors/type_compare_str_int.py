# TypeError for ordering comparisons between str and int (== is fine).
print("a" == 1, "a" != 1)
print("a" < 1)
