async def ticks(n):
    for i in range(n):
        yield i
    return n
