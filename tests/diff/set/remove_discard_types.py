# remove/discard of equal values of different types; set-as-key lookup via frozenset conversion.
s = {1, 2.5, "a", (1, 2)}
s.remove(1.0)
s.discard(2.5)
s.discard("b")
print(s, True in {1}, 1.0 in {True}, (1, 2) in s)
t = {frozenset([1, 2]), 3}
print({1, 2} in t, frozenset([2, 1]) in t)
t.remove({1, 2})
print(t)
try:
    t.remove({9})
except KeyError as e:
    print("KeyError", e)
try:
    t.add({1})
except TypeError as e:
    print("TypeError", e)
