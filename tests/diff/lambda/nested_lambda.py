h = lambda x: lambda y: lambda z: x + y + z
print(h(1)(2)(3))
curry = lambda f: lambda a: lambda b: f(a, b)
print(curry(lambda a, b: a * b)(6)(7))
