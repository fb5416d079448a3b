for c in [0, 9, 65, 127, 128, 255, 256, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x1F40D, 0x10FFFF]:
    s = chr(c)
    print(c, len(s), ord(s) == c, repr(s))
print(ord("a"), ord("é"), ord("日"), ord("🐍"), chr(True), [ord(x) for x in "aé🐍"])
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: chr(-1))
show(lambda: chr(0x110000))
show(lambda: chr(2 ** 40))
show(lambda: chr(2 ** 70))
show(lambda: chr("a"))
show(lambda: chr(1.5))
show(lambda: ord("ab"))
show(lambda: ord(""))
show(lambda: ord(1))
show(lambda: ord(None))
show(lambda: chr())
show(lambda: ord())
show(lambda: chr(x=1))
