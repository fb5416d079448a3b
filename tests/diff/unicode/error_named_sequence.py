# Named sequences are not characters: \N{} refuses them.
x = "\N{LATIN SMALL LETTER A WITH MACRON AND GRAVE}"
