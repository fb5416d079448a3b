print("start")
with 3.5 as x:
    pass
