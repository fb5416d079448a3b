# zip(strict=True) with a longer third argument
list(zip((1,), (2,), (3, 4), strict=True))
