"a b".rsplit("", 1)
