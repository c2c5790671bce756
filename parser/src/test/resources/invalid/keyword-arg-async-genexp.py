f(x, key=v async for v in q)
