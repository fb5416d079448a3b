# \N{...} escapes in str literals, resolved as CPython 3.11's unicodedata
# (Unicode 14.0.0) resolves them.
print("\N{GREEK SMALL LETTER ALPHA}\N{GREEK CAPITAL LETTER OMEGA}", '\N{EURO SIGN}')
print("""\N{SNOWMAN} in a
triple-quoted \N{BLACK HEART SUIT}""", '''\N{WHITE SMILING FACE}''')
print(u"\N{LATIN SMALL LETTER E WITH ACUTE}t\N{LATIN SMALL LETTER E WITH ACUTE}")
print("a" "\N{EM DASH}" 'b' r"\N{EM DASH}" "\\N{EM DASH}")
print(repr("\N{SPACE}\N{DIGIT ZERO}\N{HYPHEN-MINUS}\N{LATIN CAPITAL LETTER Z}"))
# Names in any case.
print("\N{greek small letter beta}\N{Greek Small Letter Gamma}\N{gReEk SmAlL lEtTeR dElTa}")
# Formal name aliases: controls, abbreviations, corrections, figments.
print(repr("\N{NULL}\N{NUL}\N{LINE FEED}\N{LF}\N{lf}\N{NEW LINE}\N{CHARACTER TABULATION}\N{TAB}"))
print(repr("\N{NBSP}\N{nbsp}\N{SHY}\N{ZWJ}\N{ZWNJ}\N{BOM}\N{BYTE ORDER MARK}\N{ZWNBSP}"))
print(repr("\N{ESC}\N{DEL}\N{NEL}\N{PADDING CHARACTER}\N{HIGH OCTET PRESET}\N{SGC}"))
print("\N{LATIN CAPITAL LETTER GHA}\N{latin small letter gha}", "\N{LATIN CAPITAL LETTER OI}")
print(repr("\N{VS1}\N{VS16}\N{VS17}\N{VS256}\N{VARIATION SELECTOR-256}"))
print("\N{SP}" == " ", "\N{CR}" == "\r", "\N{FF}" == "\f", "\N{ALERT}" == "\a", "\N{BEL}" == "\a")
print("\N{BELL}", "\N{YI SYLLABLE ITERATION MARK}", "\N{WEIERSTRASS ELLIPTIC FUNCTION}")
# Computed names: Hangul syllables and CJK unified ideographs (upper case
# only), and the PREFIX-XXXX runs.
print("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE HIH}\N{HANGUL SYLLABLE YEOLB}")
print("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-9FFF}\N{CJK UNIFIED IDEOGRAPH-20000}")
print("\N{CJK UNIFIED IDEOGRAPH-3134A}\N{CJK UNIFIED IDEOGRAPH-04E2D}")
print("\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{cjk compatibility ideograph-2fa1d}")
print(repr("\N{KHITAN SMALL SCRIPT CHARACTER-18B00}\N{NUSHU CHARACTER-1B170}"))
# Names of the last planes and the longest name.
print(repr("\N{TAG LATIN SMALL LETTER A}\N{CANCEL TAG}"))
print("\N{ARABIC LIGATURE UIGHUR KIRGHIZ YEH WITH HAMZA ABOVE WITH ALEF MAKSURA ISOLATED FORM}")
print("\N{SYMBOL FOR LINE FEED}" != "\N{LINE FEED}", "\N{EGYPTIAN HIEROGLYPH A001}", "\N{TANGUT COMPONENT-001}")
