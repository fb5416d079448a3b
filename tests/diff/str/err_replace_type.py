print("aXb".replace("X", "-"))
"aXb".replace("X", None)
