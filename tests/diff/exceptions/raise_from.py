# raise ... from ...: checks and messages.
try:
    raise ValueError("v") from KeyError("k")
except ValueError as e:
    print("caught", repr(e))
try:
    raise ValueError from None
except ValueError as e:
    print("from None", repr(e))
try:
    raise ValueError("v") from 3
except TypeError as e:
    print(e)
try:
    raise 3 from None
except TypeError as e:
    print(e)
try:
    raise KeyError from IndexError
except KeyError as e:
    print("class cause", repr(e))
