# Tabs in one line, spaces in the next, at the same depth.
if 1:
	x = 1
        y = 2
