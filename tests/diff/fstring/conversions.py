# !r, !s and !a, alone and followed by a spec.
s = 'héllo'
n = 3.5
class C:
    def __str__(self):
        return 'str-C'
    def __repr__(self):
        return 'repr-C'
    def __format__(self, spec):
        return 'fmt-C[' + spec + ']'
c = C()
print(f"{s!r} {s!s} {s!a} {n!r} {n!s} {None!r} {[s]!a}")
print(f"{c} {c!r} {c!s} {c!a} {c:xy} {c!r:>10}|{c!s:<8}|")
print(f"{s!r:^12}|{s!a:*>15}|{42!r:>5}|{'x'!s:3}|")
print(f"{'tab	and\n'!r}")
