print(chr(97))
chr(-5)
