def f(*args, **args):
    return args
