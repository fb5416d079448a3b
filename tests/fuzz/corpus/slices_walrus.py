a[1:2, ::3, ...]
if (n := len(a)) > 10: pass
print(*a, sep='', **k)
x, *y = 1, 2, 3
