# chr, ord, ascii, repr and format of characters and their errors.
print(chr(65), chr(0x10FFFF) == "\U0010FFFF", ord("a"), ord("é"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")))
print(ascii("héllo"), ascii("\U0001F600"), ascii([1, "ü"]), repr("a'b"), repr('a"b'), repr("a'\"b"), ascii(b"\xff"))
print(format(255, "x"), format(3.14159, ".2f"), format("s", ">5"), format(10**20, ","), format(True, "d"), format(None))
for f in [lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord(""), lambda: ord("ab"),
          lambda: ord(5), lambda: ord(b"ab"), lambda: format(1, "q"), lambda: format("a", "d"), lambda: chr(2**70)]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
