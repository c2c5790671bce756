# exec/eval namespaces, type() argument checks, module subclasses, compile() flags: as CPython
import ast, asyncio, collections, sys, types, typing, warnings


def t(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


# exec and eval: globals, locals and builtins namespaces
code = compile("print('Hello')", "", "exec")
t("builtins 123", lambda: exec(code, {'__builtins__': 123}))
class SetOnlyError(Exception):
    pass
class SetOnly(dict):
    def __getitem__(self, key):
        raise SetOnlyError(key)
t("globals subclass", lambda: exec(compile("name", "t", "exec"), SetOnly({'name': 1})))
t("builtins subclass", lambda: exec(compile("sg", "t", "exec"), {'__builtins__': SetOnly({'sg': 1})}))
t("function global", lambda: exec("def f(): return sg\nf()", {'__builtins__': SetOnly({'sg': 1})}))
class M:
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError(key)
    def keys(self):
        return list('zyx')
t("dir() of mapping locals", lambda: eval('dir()', globals(), M()))
t("eval mapping locals", lambda: eval('a', globals(), M()))
t("exec int globals", lambda: exec('a', 1))
t("eval int globals", lambda: eval('a', 1))
t("eval mapping globals", lambda: eval('a', M()))
t("exec int locals", lambda: exec('a', {}, 1))
t("eval int locals", lambda: eval('a', {}, 1))
t("exec int source", lambda: exec(1))
t("eval memoryview", lambda: eval(memoryview(b"1 + 2")))
t("compile bytearray", lambda: type(compile(bytearray(b"x = 1"), "n", "exec")).__name__)
t("dir 2 args", lambda: dir(1, 2))
t("vars 2 args", lambda: vars(1, 2))
t("delattr int name", lambda: delattr(sys, 1))
t("sum bytearray", lambda: sum([], bytearray()))

# singletons and hashes
t("singletons", lambda: (type(...)() is ..., type(None)() is None,
                         type(NotImplemented)() is NotImplemented))
t("hash str bytes", lambda: hash('spam') == hash(b'spam') and hash('\xe9') == hash(b'\xe9'))
class Z(int):
    def __hash__(self):
        return self
t("hash int subclass", lambda: hash(Z(42)))
with warnings.catch_warnings():
    warnings.simplefilter('error')
    t("bool NotImplemented", lambda: bool(NotImplemented))

# type(): names, qualnames, doc, __slots__, namespace order
t("type name surrogate", lambda: type('A\udc80', (), {}))
t("type name nul", lambda: type('A\0B', (), {}))
t("type name astral", lambda: type('\U0001f40d', (), {}).__name__ == '\U0001f40d')
t("type qualname int", lambda: type('A', (), {'__qualname__': 1}))
t("type doc surrogate", lambda: type('A', (), {'__doc__': 'x\udc80y'}))
A = type('A', (), {})
def set_name(v):
    A.__name__ = v
def set_qualname(v):
    A.__qualname__ = v
t("set name nul", lambda: set_name('A\0B'))
t("set name int", lambda: set_name(1))
t("set qualname int", lambda: set_qualname(1))
t("one-argument metaclass", lambda: type('M', (type,), {})(5))
for slots in [b'x', '', '42', 'x\0y', ('__dict__', '__dict__'), ('__weakref__', '__weakref__'),
              [1], ('a', 'a')]:
    t("slots %r" % (slots,), lambda: type('A', (), {'__slots__': slots}).__name__)
t("slots on int", lambda: type('A', (int,), {'__slots__': 'x'}))
t("slots conflict", lambda: type('A', (), {'__slots__': 'x', 'x': 0}))
t("slots mangled", lambda: sorted(k for k in type('A', (), {'__slots__': ['__x']}).__dict__ if 'x' in k))
class B:
    pass
t("slots dict again", lambda: type('A', (B,), {'__slots__': '__dict__'}))
od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
t("namespace order", lambda: list(type('C', (), od).__dict__)[:2])
class V:
    __dict__ = property(lambda self: {'a': 2})
t("vars of __dict__ property", lambda: vars(V()))
class BadMeta(type):
    @classmethod
    def __prepare__(*args):
        return None
def bad_prepare():
    class Foo(metaclass=BadMeta):
        pass
t("bad __prepare__", bad_prepare)

# module subclasses
class Mod(types.ModuleType):
    __dict__ = 8
m = Mod('m')
t("module subclass", lambda: type(m).__name__)
t("module subclass dir", lambda: dir(m))
plain = types.ModuleType('plain')
class Mod2(types.ModuleType):
    pass
def set_class():
    plain.__class__ = Mod2
    return type(plain).__name__
t("module __class__", set_class)

# mappingproxy and UnionType
view = types.MappingProxyType({'a': 0, 'b': 1})
t("proxy or", lambda: {'c': 2} | view)
t("proxy reversed", lambda: list(reversed(view)))
t("proxy generic", lambda: types.MappingProxyType[int])
def ior():
    global view
    view |= {}
t("proxy ior", ior)
T = typing.TypeVar('T')
t("union parameters", lambda: (list[T] | int).__parameters__)
t("union getitem", lambda: (float | list[T])[int])
t("classmethod type", lambda: type(int.from_bytes).__name__)

# format
for v, spec in [(1.2, '010,.2'), (-123456., '016,f'), (1e20, '030,'), (1.5, '010_.3'), (3, '#c')]:
    t("format %r %r" % (v, spec), lambda: format(v, spec))

# compile(): optimize levels, top-level await, async outside async functions
src = 'def f():\n    """doc"""\n    assert False\n    return (f.__doc__, __debug__)\n'
for opt in (0, 1, 2):
    ns = {}
    exec(compile(src, "o", "exec", optimize=opt), ns)
    t("optimize %d" % opt, lambda: ns['f']())
for s in ['def f():\n    async for i in x: pass\n', 'def f():\n    async with x: pass\n',
          'await x\n', 'async for i in x: pass\n']:
    t("no top-level await %r" % s, lambda: compile(s, '?', 'exec'))
async def arange(n):
    for i in range(n):
        yield i
co = compile('a = [x async for x in arange(3)][2]', '?', 'exec',
             flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
t("top-level await flag", lambda: bool(co.co_flags & 0x80))
g = {'arange': arange}
asyncio.run(types.FunctionType(co, g)())
t("top-level await ran", lambda: g['a'])
try:
    raise IndexError
except IndexError as e:
    t("dir traceback", lambda: dir(e.__traceback__))
