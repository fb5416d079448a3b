# type() with two arguments, uncaught
print("before")
type("X", ())
