async def f(a=await g()):
    pass
