print(x y if z else w)
