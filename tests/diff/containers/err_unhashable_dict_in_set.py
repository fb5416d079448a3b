s = {1}
print({} in s)
