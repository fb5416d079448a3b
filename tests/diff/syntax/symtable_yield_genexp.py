def gen(n):
    return list((yield i) for i in range(n))
