# raise without a message: the last traceback line is just the class name.
print("about to raise")
raise RuntimeError()
