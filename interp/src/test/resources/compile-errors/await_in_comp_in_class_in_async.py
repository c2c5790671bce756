async def f():
    class C:
        v = [await x for x in y]
