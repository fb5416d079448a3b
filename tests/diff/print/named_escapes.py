# \N{...} escapes: characters by their Unicode names.
# Expected to fail until the front end has the Unicode name table
# (XFAIL_TESTS in Makefile.am; docs/compatibility.md).
print("\N{GREEK SMALL LETTER ALPHA}", "\N{EURO SIGN}", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print(len("\N{SNOWMAN}"))
