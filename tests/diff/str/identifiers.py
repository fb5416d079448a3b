tests = ["a", "_", "_1", "1a", "", "a b", "ñ", "日本", "x²", "x₂", "℘", "℮", "a\u0301", "\u0301a", "·", "a·", "ⅰ", "🐍", "a-b", "class", "None", "Ǆ", "ᢅ", "゛", "x゛", "゜", "ﹳ", "a\u200c", "a\u200d"]
for t in tests:
    print(repr(t), t.isidentifier())
