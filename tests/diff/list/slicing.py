# List slicing, slice assignment and deletion with steps and negative indices.
l = list(range(10))
print(l[::2], l[::-1], l[-3:], l[:-3], l[5:2], l[5:2:-1], l[-100:100], l[::-3], l[1:8:3])
l[2:5] = ["a"]
print(l)
l[::3] = ["x"] * len(l[::3])
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print("ValueError", e)
del l[::2]
print(l)
del l[-2:]
print(l)
l[len(l):] = [7, 8]
l[:0] = [-1]
print(l)
l[1:1] = "ab"
print(l)
try:
    l[0:2] = 5
except TypeError as e:
    print("TypeError", e)
try:
    l["a"]
except TypeError as e:
    print("TypeError", e)
try:
    l[100]
except IndexError as e:
    print("IndexError", e)
try:
    l[100] = 1
except IndexError as e:
    print("IndexError", e)
try:
    del l[100]
except IndexError as e:
    print("IndexError", e)
m = [1, 2, 3]
m[:] = m
print(m, m[10**20:], m[-10**20:1], m[::10**20])
try:
    m[::0]
except ValueError as e:
    print("ValueError", e)
n = list(range(5))
n[3:1] = ["z"]
print(n, n[slice(1, 3)], n[True])
