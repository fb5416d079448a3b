# enumerate() start must be an int
enumerate("ab", "x")
