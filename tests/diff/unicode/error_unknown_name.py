# An unknown character name is a SyntaxError at translate time.
print("not printed")
print("\N{NO SUCH CHARACTER}")
