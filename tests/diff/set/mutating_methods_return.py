# Mutating set methods return None; operators return new sets; in-place operators return the set.
s = {1}
print(s.add(2), s.update([3]), s.discard(9), s.remove(1), s.intersection_update({2, 3}), s.difference_update(),
      s.symmetric_difference_update({4}), s.clear(), s)
t = {1, 2}
u = t.__ior__({3})
print(u is t, t, t.__iand__({1, 3}) is t, t, t.__isub__({1}) is t, t.__ixor__({9}) is t, t)
print(t.__ior__([1]), t.__or__([1]), t.__and__(5))
