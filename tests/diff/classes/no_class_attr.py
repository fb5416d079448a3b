class P:
    pass
print(P.z)
