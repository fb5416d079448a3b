# extend/+= with iterators, strings, dicts, sets; self-extension; errors.
l = [1]
l.extend(iter([2, 3]))
l.extend({4: 0})
l.extend("5")
l += (6,)
l += range(7, 9)
print(l)
l.extend(l)
print(len(l))
m = [1, 2]
m += m
print(m)
for f in [lambda: l.extend(5), lambda: l.extend(None), lambda: l.__iadd__(5)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
