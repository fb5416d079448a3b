# A class body at module level has no enclosing function binding.
class Config:
    nonlocal debug
    debug = True
