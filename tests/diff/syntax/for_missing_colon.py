# for without ':'.
for x in y
    pass
