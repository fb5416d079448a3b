words = ["b", "a", "é", "e", "z", "日本", "🐍", "\uffff", "\U00010000", "", "A", "ab", "aa", "a\x00"]
print(sorted(words))
print("a" < "b", "é" > "z", "\uffff" < "\U00010000", "abc" < "abd", "ab" < "abc", "" < "a", "a" <= "a", "b" >= "a", "日" > "本")
print("abc" == "abc", "abc" != "abd", "é" == "\u00e9", "e\u0301" == "é", max(words), min(words))
print("a" * 3, 3 * "ab", "x" * 0, "x" * -5, "é" * 2, "🐍" * 3, len("ab" * 1000), "" * 100)
print("ab" in "cabd", "" in "x", "é" in "café", "🐍" in "a🐍b", "ba" in "ab", "x" not in "abc")
try:
    1 in "abc"
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
try:
    "a" * 1.5
except TypeError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
