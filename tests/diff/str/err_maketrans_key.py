str.maketrans({"ab": 1})
