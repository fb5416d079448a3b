# Lots of output then an exception deep in a loop: all prior stdout must be
# flushed before the process exits with status 1.
x = 2 ** 47 - 5
for i in range(2000):
    print(i, x + i)
    if i == 1999:
        print(x / (i - 1999))
