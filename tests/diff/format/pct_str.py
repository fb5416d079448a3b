# %s %r %a with width and precision (which truncates).
class C:
    def __str__(self):
        return 'str-C'
    def __repr__(self):
        return 'repr-C'
for v in ['abc', 'héllo', '', 42, 2.5, None, [1, 'x'], ('t',), C(), '日本\U0001f600']:
    for f in ['%s', '%r', '%a', '%10s|', '%-10s|', '%.2s', '%.2r', '%8.3a|', '%-8.1s|', '%010s', '%+s', '% r', '%#s', '%.0s|']:
        print(repr(f % (v,)), end=' ')
    print()
