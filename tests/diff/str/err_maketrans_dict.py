str.maketrans("abc")
