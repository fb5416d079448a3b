# KeyError formats its single argument with repr() in the traceback.
print("lookup")
raise KeyError("missing key")
