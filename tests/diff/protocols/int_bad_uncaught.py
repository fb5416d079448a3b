class A:
    def __int__(self):
        return 1.5


print(int(A()))
