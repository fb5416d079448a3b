# set() of unhashable items
print(set(((1,), (2,))))
set((list(), list()))
