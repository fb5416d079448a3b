# Every code point through every str predicate: the ranges where each
# holds, compared with CPython 3.11 (Unicode 14.0.0).
def runs(pred):
    out = []
    start = -1
    c = 0
    while c < 0x110000:
        if pred(chr(c)):
            if start < 0:
                start = c
        elif start >= 0:
            out.append((start, c - 1))
            start = -1
        c += 1
    if start >= 0:
        out.append((start, 0x10FFFF))
    return out

preds = [
    ("isalpha", lambda s: s.isalpha()),
    ("isdecimal", lambda s: s.isdecimal()),
    ("isdigit", lambda s: s.isdigit()),
    ("isnumeric", lambda s: s.isnumeric()),
    ("isalnum", lambda s: s.isalnum()),
    ("isspace", lambda s: s.isspace()),
    ("islower", lambda s: s.islower()),
    ("isupper", lambda s: s.isupper()),
    ("istitle", lambda s: s.istitle()),
    ("isprintable", lambda s: s.isprintable()),
    ("isidentifier", lambda s: s.isidentifier()),
    ("continue", lambda s: ("a" + s).isidentifier()),
]
for name, pred in preds:
    r = runs(pred)
    print(name, len(r), sum([b - a + 1 for a, b in r]))
    print(" ".join([str(a) + "-" + str(b) for a, b in r]))
