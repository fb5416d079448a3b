"1".isdigit(x=1)
