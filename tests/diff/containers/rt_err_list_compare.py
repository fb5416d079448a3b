# ordering mixed element types
print(list((1, 2)) < list((1, 3)))
list((1,)) < list(("a",))
