ord("xy")
