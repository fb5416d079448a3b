# Many short-lived objects of every small size next to long-lived ones,
# across many collections: strings (pointer-free memory), bigints (GMP
# limbs), tuples, lists, dicts and instances. A block handed out twice by
# the allocator shows up as a changed kept value.


class Box:
    def __init__(self, v):
        self.v = v


kept_s = []
kept_n = []
kept_b = []
for i in range(60000):
    s = "w%d-" % i * (i % 7 + 1)
    n = (i + 1) ** (i % 9 + 3)
    junk = [str(i), (i, i + 1), {i: s}, Box(i), s.upper(), n * 3]
    if i % 97 == 0:
        kept_s.append(s)
        kept_n.append(n)
        kept_b.append(Box(s))
    del junk
ok = 0
for k, s in enumerate(kept_s):
    i = k * 97
    if s == "w%d-" % i * (i % 7 + 1) and kept_n[k] == (i + 1) ** (i % 9 + 3) and kept_b[k].v == s:
        ok += 1
print(len(kept_s), ok)
words = {}
for i in range(40000):
    w = "x" + str(i % 1234)
    words[w] = words.get(w, 0) + 1
print(len(words), sum(words.values()), words["x7"], sorted(words.items())[:3])
