# `as` targets: tuples, attributes, subscripts.
class Pair:
    def __enter__(self):
        return (1, [2, 3])

    def __exit__(self, *a):
        return None


class Box:
    pass


with Pair() as (a, [b, c]):
    print(a, b, c)
box = Box()
with Pair() as box.value:
    print(box.value)
d = {}
with Pair() as d["k"]:
    pass
print(d)
