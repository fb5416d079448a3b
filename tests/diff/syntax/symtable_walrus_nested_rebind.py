def grid(n):
    return [[(i := j) for i in range(n)] for j in range(n)]
