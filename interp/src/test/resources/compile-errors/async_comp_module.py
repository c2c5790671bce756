ys = [x async for x in xs]
