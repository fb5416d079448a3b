fs = []
i = 0
f0 = lambda i=i: i
i = 5
f5 = lambda i=i: i
print(f0(), f5(), f0(9))
print((lambda *, k=1: k)(), (lambda *, k=1: k)(k=2))
