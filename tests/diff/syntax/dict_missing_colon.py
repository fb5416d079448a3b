# A set item in a dict display.
x = {1: 2, 3}
