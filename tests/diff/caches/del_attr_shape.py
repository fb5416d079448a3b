# Deleting an instance attribute changes the shape: a site that cached the
# slot must not read it any more (AttributeError, or the class attribute).


class K:
    label = "class label"

    def __init__(self):
        self.a = 1
        self.label = "own label"
        self.b = 2


def read(k):
    return k.label, k.b


k = K()
for i in range(3):
    print(read(k))
del k.label
print(read(k))
del k.b
try:
    read(k)
except AttributeError as e:
    print("AttributeError:", e)
k.b = 5
k.label = "again"
print(read(k))
