async def f(xs):
    g = lambda: [x async for x in xs]
