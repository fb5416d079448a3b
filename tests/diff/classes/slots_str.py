class S:
    __slots__ = "a"
s = S()
s.a = 5
print(s.a)
class T(S):
    pass
t = T()
t.anything = 1
print(t.anything)
