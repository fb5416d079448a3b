class E:
    def __len__(self):
        return 0
class F:
    def __len__(self):
        return 3
class G:
    def __bool__(self):
        return False
class H:
    pass
for o in (E(), F(), G(), H()):
    if o:
        print("true")
    else:
        print("false")
print(not E(), not H(), len(F()), bool(G()) if False else 0)
