# private names (mangled) bound, read and deleted under control flow
class A:
    __secret = 1
    if __secret:
        __other = __secret + 1
    for __i in range(2):
        pass
    seen = __i
    del __i

    def get(self):
        return self.__secret, self.__other


print(A().get(), A._A__other, A.seen, hasattr(A, "_A__i"))
