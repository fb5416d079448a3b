"7".zfill(3.0)
