def f(a, b=1, *, c=2) -> int: pass
f.__annotations__ = {'x': 1}; print(f.__annotations__)
del f.__annotations__; print(f.__annotations__)
f.__annotations__ = None; print(f.__annotations__)
for attr, val in [('__annotations__', 1), ('__kwdefaults__', 1), ('__defaults__', [1]), ('__dict__', 1)]:
    try: setattr(f, attr, val)
    except TypeError as e: print(attr, e)
f.__kwdefaults__ = {'c': 5}; print(f.__kwdefaults__)
f.__kwdefaults__ = None; print(f.__kwdefaults__)
f.__defaults__ = (7,); print(f.__defaults__)
f.__dict__ = {'k': 1}; print(f.k)
try: del f.__dict__
except TypeError as e: print(e)
