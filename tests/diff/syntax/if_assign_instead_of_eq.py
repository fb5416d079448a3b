# '=' where '==' was meant.
if x = 1: pass
