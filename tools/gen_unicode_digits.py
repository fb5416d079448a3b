#!/usr/bin/env python3
"""Print the first code point of every run of Unicode decimal digits
(Numeric_Type=Decimal) outside ASCII, for runtime/core/numtext.c.

Run with python3 3.11 (Unicode 14.0.0, the database CPython 3.11 uses).
Unicode encodes decimal digits in contiguous runs 0..9, so a run start
identifies ten code points."""
import unicodedata

runs = [c for c in range(0x80, 0x110000) if unicodedata.decimal(chr(c), None) == 0]
for c in runs:
    assert all(unicodedata.decimal(chr(c + i), None) == i for i in range(10)), hex(c)
assert sum(unicodedata.decimal(chr(c), None) is not None for c in range(0x80, 0x110000)) == 10 * len(runs)
print("/* Unicode %s: %d runs */" % (unicodedata.unidata_version, len(runs)))
line = "   "
for c in runs:
    item = " 0x%X," % c
    if len(line) + len(item) > 100:
        print(line)
        line = "   "
    line += item
print(line)
