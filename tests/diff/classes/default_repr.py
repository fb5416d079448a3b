class P:
    pass
print(P, repr(P), str(P))
class Q(P):
    class Inner:
        pass
print(Q.Inner, Q.Inner.__qualname__, Q.Inner.__name__)
