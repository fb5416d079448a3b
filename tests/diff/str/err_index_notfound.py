print("abc".index("b"))
"abc".index("d")
