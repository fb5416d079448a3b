# Tuples: `in`, count and index use identity then ==; empty tuple is shared; tuple(tuple) is itself.
nan = float("nan")
t = (nan, 1, "a", None)
print(nan in t, t.count(nan), t.index(nan), 1.0 in t, True in t, t.index(True))
e = ()
print(tuple(e) is e, tuple(t) is t, t[:] is t, t + e == t)
