# ZeroDivisionError from a constant expression 1 // 0: a translator that
# folds constants must still raise at run time, not at translate time.
print("start")
if 1 > 2:
    print(1 / 0)
print("still fine")
print(1 // 0)
