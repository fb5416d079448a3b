class P:
    pass
p = P()
p.x = 1
print(p.x)
print(p.z)
