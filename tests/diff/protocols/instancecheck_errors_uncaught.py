print(isinstance(1, (int, str)))
issubclass(1, int)
