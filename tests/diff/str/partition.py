for s in ["key=value", "=", "a=b=c", "novalue", "", "x=", "=y", "日=本=語", "🐍==🐍"]:
    print(repr(s), s.partition("="), s.rpartition("="), s.partition("=="), s.rpartition("=="))
s = "whole"
p = s.partition("!")
print(p[0] is s, s.rpartition("!")[2] is s)
