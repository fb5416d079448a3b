# range() of an object without __index__, uncaught.
class NoIndex:
    def __int__(self):
        return 3


print(int(NoIndex()))
for i in range(NoIndex()):
    print(i)
