# At module level too, `global` must come first.
limit = 10
global limit
