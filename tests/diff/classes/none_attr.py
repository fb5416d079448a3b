class Node:
    def __init__(self, v, next):
        self.v = v
        self.next = next
n = Node(1, Node(2, None))
print(n.next.v, n.next.next)
n.next.next.v
