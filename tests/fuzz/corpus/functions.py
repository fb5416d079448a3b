@dec(1)
async def f(a, /, b=2, *args, c, d=4, **kw) -> 'r':
    async with x as (y, z):
        await g()
    async for i in q:
        yield i
    return lambda *, k=1: k
