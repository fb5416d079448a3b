for x in [1, 2, 3]:
    print(x)
for x in (4, 5):
    print(x)
for c in "h\u00e9\U0001F600":
    print(c)
for x in []:
    print("never")
for x in ():
    print("never")
for x in "":
    print("never")
for k in {"b": 1, "a": 2, "c": 3}:
    print(k)
for x in [[1, 2], (3,), "ab"]:
    for y in x:
        print(x, y)
print(x, y)
