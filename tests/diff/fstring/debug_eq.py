# The `=` specifier: the expression text, then repr unless a spec or a
# conversion says otherwise; spaces around `=` are kept.
x = 10
s = 'txt'
f = 2.5
print(f"{x=}", f"{s=}", f"{f=}")
print(f"{x = }", f"{x= }", f"{x =}")
print(f"{x=!s}", f"{s=!s}", f"{s=!a}", f"{s=!r}")
print(f"{x=:>5}|", f"{f=:.3f}", f"{s=:*^9}")
print(f"{x + 1=}", f"{s * 2=}", f"{len(s)=}", f"{[x, s]=}")
print(f"{x=}{s=}")
print(f"{'é'=}", f"{None=}")
