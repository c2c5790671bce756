async def f(xs):
    def g():
        return [x async for x in xs]
