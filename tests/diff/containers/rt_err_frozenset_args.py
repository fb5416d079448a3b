# frozenset() takes at most one argument
frozenset((1,), (2,))
