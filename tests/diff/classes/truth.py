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
def show(o):
    if o:
        print("true")
    else:
        print("false")
show(E())
show(F())
show(G())
show(H())
print(not E(), not H(), F().__len__(), bool(G()) if False else 0)
