tests = ["", "abc", "ABC", "Abc", "aBc", "123", "12.5", "abc123", "a b", " ", "\t\n", "\u3000", "½", "²³", "٣٤", "Ⅻ", "一二三", "ǅ", "Hello World", "Hello world",
         "HELLO WORLD", "hello", "_id", "1id", "id1", "ñandú", "x\u0301", "🐍", "a\u200bb", "\x00", "\x7f", "é", "ǅa Ǆ", "ꭰ", "ᾼ", "x-y"]
names = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isalnum", "isspace", "islower", "isupper", "istitle", "isprintable", "isascii", "isidentifier"]
for t in tests:
    r = [t.isalpha(), t.isdecimal(), t.isdigit(), t.isnumeric(), t.isalnum(), t.isspace(), t.islower(), t.isupper(), t.istitle(), t.isprintable(), t.isascii(), t.isidentifier()]
    print(repr(t), " ".join([n for n, v in zip(names, r) if v]))
