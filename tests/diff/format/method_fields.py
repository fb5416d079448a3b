# Field names with indexes, keys and attributes, chained.
class P:
    def __init__(self):
        self.x = 3
        self.items = [10, 20, 30]
        self.inner = {'k': 'v'}
p = P()
print('{0.x} {0.items[1]} {0.inner[k]}'.format(p))
print('{p.x}-{p.items[2]}'.format(p=p))
print('{0[0]} {0[2]} {1[a]} {1[b]}'.format([5, 6, 7], {'a': 1, 'b': 2}))
print('{0[1][0]}'.format([[1], [2, 3]]))
print('{d[1]} {d[x]}'.format(d={1: 'int key', 'x': 'str key'}))
print('{0[-1]}'.format({'-1': 'str -1'}))
print('{t[0]}{t[1]}'.format(t=('a', 'b')))
print('{0[ ]}'.format({' ': 'space'}))
print('{.x:>5}|'.format(p))
print('{[1]:*^7}'.format('xyz'))
