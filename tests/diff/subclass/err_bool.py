# bool is not an acceptable base type (uncaught TypeError)
print("before")


class B(bool):
    pass
