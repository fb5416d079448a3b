print("start")
return 1
