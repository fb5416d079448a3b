f = lambda: 42
print(f())
add = lambda a, b: a + b
print(add(2, 3), add("a", "b"))
print((lambda x, y=3: x * y)(4))
print((lambda *a: a)(1, 2))
print((lambda **k: len(k))(a=1, b=2))
print((lambda a, /, b, *, c: (a, b, c))(1, 2, c=3))
