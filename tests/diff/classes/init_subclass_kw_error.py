class C(x=1):
    pass
