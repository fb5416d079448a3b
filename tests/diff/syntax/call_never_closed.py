# A call never closed.
print("hi"
