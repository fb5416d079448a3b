# A caught exception can be raised again later, outside its handler.
saved = None
try:
    raise ValueError("kept")
except ValueError as e:
    saved = e
print("saved", repr(saved))
try:
    raise saved
except ValueError as e:
    print("again", e is saved)
raise saved
