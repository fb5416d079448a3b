# sorted() of mixed types
sorted((1, "a"))
