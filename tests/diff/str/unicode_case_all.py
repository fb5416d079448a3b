# Every code point through every case mapping: the code points a mapping
# changes, with the result's code points, compared with CPython 3.11.
def show(name, f):
    out = []
    c = 0
    while c < 0x110000:
        if c < 0xD800 or c > 0xDFFF:
            s = chr(c)
            r = f(s)
            if r != s:
                out.append(str(c) + ":" + ",".join([str(ord(x)) for x in r]))
        c += 1
    print(name, len(out))
    print(" ".join(out))

show("lower", lambda s: s.lower())
show("upper", lambda s: s.upper())
show("title", lambda s: s.title())
show("capitalize", lambda s: s.capitalize())
show("swapcase", lambda s: s.swapcase())
show("casefold", lambda s: s.casefold())
# context: after a cased letter (title lowers, final sigma looks back)
show("title_after", lambda s: ("A" + s).title()[1:])
