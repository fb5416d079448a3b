class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def total(self):
        t = 0
        n = self.head
        while n is not None:
            t += n.val
            n = n.nxt
        return t
ll = LinkedList()
for i in range(100):
    ll.push(i)
print(ll.size, ll.total(), ll.head.val, ll.head.nxt.val)
