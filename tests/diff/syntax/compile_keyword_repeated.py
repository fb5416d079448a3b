print("a", sep="", sep=" ")
