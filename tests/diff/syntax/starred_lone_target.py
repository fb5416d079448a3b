# A lone starred target parses; the compiler refuses it.
*a = 1
