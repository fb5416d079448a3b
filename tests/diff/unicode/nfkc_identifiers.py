# Non-ASCII identifiers are normalised to NFKC (PEP 3131): these spellings
# all name the same variables as their ASCII forms.
ﬁle = 1
print(file)
ℌ = 2
print(H, ℌ)
ｗｉｄｔｈ = 3
print(width + ｗｉｄｔｈ)
𝐛𝐨𝐥𝐝 = 4
print(bold, 𝐛𝐨𝐥𝐝, 𝑖𝑡𝑎𝑙𝑖𝑐 if False else 𝔣𝔯𝔞𝔨𝔱𝔲𝔯 if False else 5)
xⁿ = 6
print(xn)
ǆ = 7
print(dž)
# A name that normalises to a keyword is just a name.
ｉｆ = 8
print(ｉｆ)


def ｆｕｎｃ(ａ, 𝐛=10):
    global ｃｏｕｎｔ
    ｃｏｕｎｔ = a + b
    return ａ * b


print(func(2), ｆｕｎｃ(3, b=4), func(ａ=5, 𝒃=6), count)
µ = 9  # MICRO SIGN is NFKC GREEK SMALL LETTER MU
print(μ)
Å = 10  # ANGSTROM SIGN
print(Å)
