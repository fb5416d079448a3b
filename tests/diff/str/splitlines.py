tests = ["", "\n", "a", "a\n", "a\nb", "a\r\nb", "a\rb\n\nc", "\r\n\r\n", "\n\r", "a\x0bb\x0cc\x1cd\x1de\x1ef\x1fg",
         "a\x85b\u2028c\u2029d", "日本\n語\r\n", "no break at all", "\r", "x\r\r\ny"]
for t in tests:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=False))
s = "single"
print(s.splitlines()[0] is s)
