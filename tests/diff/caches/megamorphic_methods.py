# Far more classes than cache entries at one method site and one load
# site, in a loop, with the classes changing in the middle.

classes = []
for i in range(12):

    class K:
        def __init__(self, i):
            self.i = i

        def get(self):
            return self.i

    classes.append(K)

objs = [classes[i](i) for i in range(12)]


def total():
    s = 0
    for rep in range(5):
        for o in objs:
            s += o.get() + o.i
    return s


print(total())
classes[5].get = lambda self: 1000
classes[11].i = "unused: instances shadow it"
print(total())
