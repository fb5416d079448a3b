# \N{...} escapes: characters by their Unicode names (tests/diff/unicode has
# more).
print("\N{GREEK SMALL LETTER ALPHA}", "\N{EURO SIGN}", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print(repr("\N{SNOWMAN}"), "\N{SNOWMAN}" == "\u2603")
