# while without ':'.
while True
    pass
