a = [x for x in y if x for z in x]
b = {k: v for k, v in d.items()}
c = {*s, *t}
d = (i async for i in a)
e = {**m, 'k': 1}
