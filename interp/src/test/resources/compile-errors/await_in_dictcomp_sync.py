async def f(y):
    return {k: await v for k, v in y}

def g(y):
    return {k: await v for k, v in y}
