str(obj=1)
