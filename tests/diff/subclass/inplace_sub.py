# augmented assignment on subclass instances
class A(int):
    pass


class L(list):
    pass


class S(str):
    pass


class St(set):
    pass


class D(dict):
    pass


a = A(1)
a += 1
print(a, type(a).__name__)
l = L([1])
before = l
l += [2]
l *= 2
print(l, type(l).__name__, l is before)
s = S("x")
s += "y"
print(s, type(s).__name__)
st = St([1])
keep = st
st |= {2}
st &= {2, 3}
print(st, type(st).__name__, st is keep)
d = D(a=1)
d |= {"b": 2}
print(d, type(d).__name__)
