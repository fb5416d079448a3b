# an element that is not a sequence
dict((1, 2))
