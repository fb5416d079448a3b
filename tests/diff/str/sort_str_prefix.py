# Sorting strs compares code points: UTF-8 bytes, the first eight as one
# word. Common prefixes of 0-12 bytes, lengths around 8, NUL bytes,
# non-ASCII (2-, 3- and 4-byte sequences) and prefixes of each other.
import_free = ["abcdefgh", "abcdefgi", "abcdefg", "abcdefgh\x00", "abcdefgh", "abcdefghi", "", "a", "\x00",
               "\x00\x00\x00\x00\x00\x00\x00\x00", "\x00\x00\x00\x00\x00\x00\x00\x01", "zzzzzzzz", "zzzzzzzy",
               "é", "éééééééé", "eeeeeeeé", "eeeeeeeè", "€uro-sign", "𝄞 clef x", "𝄞 clef", "\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f",
               "\x80\x80\x80\x80", "aaaaaaaaaaaab", "aaaaaaaaaaaaa", "aaaaaaaaaaaa", "AAAAAAAAAAAA", "Zebra-long-word"]
print(sorted(import_free))
print(sorted(import_free, reverse=True))
words = []
x = 7
for i in range(3000):
    x = (x * 48271) % 2147483647
    words.append("prefix" + str(x % 1000) + chr(0x61 + x % 26) * (x % 5) + "é" * (x % 2))
words.sort()
print(words[:5], words[-5:], len(set(words)))
print(sorted(["b" * n for n in range(20, 0, -1)])[:4], min(import_free[:5]), max(import_free))
