# A character Python has no token for.
x = 1 $ 2
