def f(tag, v):
    print("eval", tag)
    return v
print({f(1, 1), f(2, 2), f(3, 1)})
s = {1, 2, 3}
print(1 in s, 5 in s, 1.0 in s, True in s, 5 not in s)
a = [1, 2]
t = (3, 4)
print({*a, *t})
print({*a, 2, 1})
print({*"aa"})
m, n = {7, 8}
print(m, n)
for e in {3, 1, 2}:
    print(e)
print({"a", "b"} == {"b", "a"})
