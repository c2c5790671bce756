async def f():
    def g():
        await h()
