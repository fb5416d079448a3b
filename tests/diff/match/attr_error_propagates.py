# A class pattern whose attribute lookup raises something other than
# AttributeError propagates it.
class A:
    @property
    def x(self):
        raise ValueError("boom")


match A():
    case A(x=1):
        print("matched")
