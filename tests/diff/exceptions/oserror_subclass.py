# OSError(errno, strerror) picks the subclass for errno.
def show(n):
    e = OSError(n, "msg")
    print(n, type(e), e)

for n in range(1, 40):
    show(n)
show(103)
show(104)
show(110)
show(111)
show(999)
print(type(OSError(2)), type(OSError(2, "a", "b", None, "c")), type(FileNotFoundError(13, "x")))
print(OSError(2, "No such file", "a.txt", None, "b.txt"))
print(OSError(2, "No such file", None, None, "b.txt"))
