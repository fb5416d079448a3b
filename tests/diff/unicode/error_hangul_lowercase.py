# Computed names are upper case only.
x = "\N{hangul syllable ga}"
