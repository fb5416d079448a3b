# Bare raise with nothing being handled.
print("before")
raise
