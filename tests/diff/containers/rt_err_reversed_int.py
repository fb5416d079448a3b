# reversed() of an int
reversed(5)
