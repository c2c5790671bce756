def f(xs):
    return {x: x async for x in xs}
