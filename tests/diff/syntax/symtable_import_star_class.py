class Paths:
    from os.path import *
