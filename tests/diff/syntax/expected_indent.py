# A block with nothing indented under it.
if 1:
x = 1
