tests = ["", "abc", "a\tb", "a\nb", "\x7f", "\xa0", "\xad", "\u200b", "\u2028", "\ue000", "\U000e0001", "\U00010000", "\u0378", "\u0377", "é", "🐍", "\U0001fae8", "\U00031350", "\U0001e030", "\u0c5d", "\U0001d2c0"]
for t in tests:
    print(repr(t), t.isprintable(), t.isalpha(), t.isnumeric(), t.upper() == t, len(t))
