d = dict(end="")
print(**d, **d)
