# A non-ASCII character outside identifiers.
x = 1 ¿ 2
