# Repr of tuples: one-element comma, nesting, containing lists that contain the tuple.
l = []
t = (l, 1)
l.append(t)
print(t, (t,), ((),), ((1,),), (("a", "b"),))
print(repr(()), repr((None,)), str((1.0, -0.0, 1e16)), (b"x", bytearray(b"y")))
