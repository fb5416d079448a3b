print(len("ab" * 10))
s = "ab" * (2 ** 62)
