# Attribute sites and method calls stay right when an instance switches to
# dict mode midway (its shape is never cached) and for its siblings.
class Node:
    kind = "node"

    def __init__(self, v):
        self.v = v
        self.next = None

    def value(self):
        return self.v


def read_all(nodes):
    return [(n.v, n.kind, n.value()) for n in nodes]


def write_all(nodes, k):
    for n in nodes:
        n.v = k
        n.extra = k * 2


nodes = [Node(i) for i in range(4)]
for _ in range(3):
    print(read_all(nodes))
d = nodes[2].__dict__
for _ in range(3):
    write_all(nodes, 7)
    print(read_all(nodes), d)
d["kind"] = "own"
d["value"] = lambda: "from dict"
print(read_all(nodes))
del d["value"]
d["v"] = 99
print(read_all(nodes), [n.extra for n in nodes])
nodes[2].__dict__ = {"v": -1, "next": None}
print(read_all(nodes))
try:
    nodes[2].extra
except AttributeError as e:
    print("AttributeError", e)
fresh = Node(5)
print(read_all([fresh]), fresh.__dict__)
