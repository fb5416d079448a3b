str.maketrans("abc", "de")
