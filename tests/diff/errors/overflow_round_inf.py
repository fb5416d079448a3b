# round(inf) with one argument must produce an int: OverflowError.
print(round(1e308), round(-2.5))
print(round(1e309))
