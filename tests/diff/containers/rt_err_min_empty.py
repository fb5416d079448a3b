# min() of an empty iterable
print(min((), default=0))
min(())
