f = lambda *args, **kwargs. None
