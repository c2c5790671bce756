# Function and cell attributes: __name__/__qualname__ only take str, __builtins__, a bound
# method passes unknown attributes on to its function, cells are constructible and compare by
# contents (an empty cell first), exec gives a namespace the builtins dict.

def f():
    pass


for name in ('__name__', '__qualname__', '__builtins__', '__code__', '__globals__'):
    for action in (lambda: delattr(f, name), lambda: setattr(f, name, 2)):
        try:
            action()
        except (TypeError, AttributeError) as e:
            print(name, type(e).__name__, e)
f.__name__ = 'g'
f.__qualname__ = 'h.g'
print(f.__name__, f.__qualname__, type(f.__builtins__).__name__, f.__builtins__['len'])


class C:
    def m(self):
        pass


c = C()
C.m.known = 1
print(c.m.known, c.m.__dict__ is C.m.__dict__, 'known' in dir(c.m), c.m.__name__)
try:
    c.m.missing
except AttributeError as e:
    print(e)
try:
    c.m.known = 2
except AttributeError as e:
    print(e)


def make_cell(v):
    def g():
        return v
    return g.__closure__[0]


Cell = type(make_cell(1))
print(Cell().__class__.__name__, Cell(5).cell_contents)
for args, kw in (((1, 2), {}), ((), {'contents': 1})):
    try:
        Cell(*args, **kw)
    except TypeError as e:
        print(e)
print(Cell(2) < Cell(3), Cell() < Cell('x'), Cell() == Cell(), Cell(-36) == Cell(-36.0),
      Cell(True) > Cell(), Cell(1) != Cell(2), Cell(1) == 1, Cell() <= Cell(), Cell(1) >= Cell())
try:
    Cell(1) < 1
except TypeError as e:
    print(e)
g = {}
exec("def h(): pass", g)
print(type(g['__builtins__']).__name__, g['h'].__builtins__ is g['__builtins__'])
