# dict | list
dict(a=1) | list()
