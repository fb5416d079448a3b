def step(n):
    if n:
        continue
    return n
