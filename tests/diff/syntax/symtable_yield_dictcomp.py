def gen(n):
    return {i: (yield i) for i in range(n)}
