tests = ["", "hello", "HELLO", "Hello World", "hello world", "hELLO wORLD", "123abc", "a1b2", "they're bill's friends", "mIxEd_CaSe-text",
         "ß", "straße", "İstanbul", "ǆemal ǈudevit ǋ", "ﬁre ﬂy", "ŉ", "ΐ", "Ꭰ", "ꭰ", "ὒ", "ᾳ", "ᾼ", "Ⅻ", "ⓐ", "𐐨𐐀", "🐍snake", "ÀÉÎÕÜ", "àéîõü"]
for t in tests:
    print(repr(t), repr(t.lower()), repr(t.upper()), repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), repr(t.casefold()))
