async def f():
    if x:
        return 5
    yield 1
