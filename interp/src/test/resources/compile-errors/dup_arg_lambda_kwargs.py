g = lambda *rest, **rest: rest
