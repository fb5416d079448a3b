# Substring search (find, rfind, index, count, replace, split(sep), in,
# partition) with needles of 2-40 bytes at every offset around 16-byte
# blocks, near the end of the text, overlapping candidates, needles of
# repeated common bytes (many first/last byte matches that fail), non-ASCII
# needles and haystacks, and start/end arguments.
base = "abcdefghijklmnopqrstuvwxyz0123456789" * 3
for m in [2, 3, 5, 8, 15, 16, 17, 31, 40]:
    for pos in [0, 1, 7, 15, 16, 17, 31, 32, 33, len(base) - m]:
        needle = base[pos:pos + m]
        print(m, pos, base.find(needle), base.rfind(needle), base.count(needle), needle in base,
              base.find(needle, pos + 1), base.find(needle, 0, pos + m - 1))
hay = "a" * 100 + "ab" + "a" * 50
for needle in ["ab", "aab", "a" * 20 + "b", "aa", "a" * 60, "ba", "b" * 3, "a" * 51 + "b"]:
    print(len(needle), hay.find(needle), hay.count(needle), hay.rfind(needle), len(hay.split(needle)), hay.replace(needle, "<>")[:20])
t = "xyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxyxy" * 10 + "xyz"
print(t.find("xyz"), t.find("yxy"), t.count("xyx"), t.replace("xyx", "-")[:30], t.find("xyxz"), t.find("zz"))
u = ("é€𝄞" * 20 + "needle" + "é€𝄞" * 20) * 3
print(u.find("needle"), u.rfind("needle"), u.count("€𝄞"), u.find("𝄞é"), u.find("𝄞n"), u.index("le"), u.count("éé"))
print(u.partition("eed")[0][-4:], u.split("needle")[1][:3], len(u.replace("€", "EUR")))
big = "the quick brown fox " * 5000 + "hunter"
print(big.find("hunter"), big.count("fox"), big.find("fox", 99990), big.find("own f"), big.rfind("quick"), big.find("foxy"))
for k in range(0, 40):
    s = "." * k + "river"
    print(k, s.find("river"), s.find("iver"), s.find("rive", 1), s.find("er"), ("x" * k + "ab").find("ab"))
