tests = ["hello world", "HELLO WORLD", "o'neil mc-donald", "x1y2 z3", "ǆǆ ǆ", "ǉubljana", "ﬃ ﬃx", "ßa", "a\u0301b", "çà et là", "日本語 text",
         "αβγ δεζ", "ἀρχή", "ʼn", "  spaced  out  ", "tab\tsep", "üBER", "3rd place", "_under_score"]
for t in tests:
    print(repr(t), repr(t.title()), t.istitle(), t.title().istitle(), repr(t.capitalize()))
