# f-strings in augmented assignments, returns, arguments, comparisons.
out = ''
for i in range(4):
    out += f"{i},"
print(out)
def tag(t, body):
    return f"<{t}>{body}</{t}>"
print(tag('b', tag('i', f"{1 + 1}")))
print(f"{5}" == '5', f"{5:03}" < f"{12:03}", f"{'a'}" in 'abc')
words = ['x', 'yy', 'zzz']
print([f"{w:>{len(words)}}" for w in words])
