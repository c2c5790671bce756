import types
M = types.MappingProxyType
p = M({'a': 1, 'b': 2})
print(p, p['a'], 'a' in p, len(p), list(p), p.get('z', 9), p.copy(), sorted(p.items()), p == {'a': 1, 'b': 2}, p | {'c': 3})
for bad in [lambda: M([1]), lambda: M(), lambda: M(1), lambda: M({}, {}), lambda: M(mapping={}), lambda: M(x={})]:
    try: print(bad())
    except TypeError as e: print("TypeError", e)
try: p['a'] = 3
except TypeError as e: print("TypeError", e)
class C:
    "doc"
C.__doc__ = "new"; print(C.__doc__)
try: int.__doc__ = "x"
except TypeError as e: print("TypeError", e)
import collections
print(collections.namedtuple('P', 'x y').__doc__)
