# compile(..., PyCF_ONLY_AST) builds _ast trees with CPython's fields and positions
# (UTF-8 byte columns); a small dump written here shows them, with and without positions.
import _ast

ONLY_AST = _ast.PyCF_ONLY_AST


def dump(node, attrs=False):
    if isinstance(node, _ast.AST):
        parts = []
        for f in node._fields:
            if hasattr(node, f):
                parts.append('%s=%s' % (f, dump(getattr(node, f), attrs)))
        if attrs:
            for a in node._attributes:
                if hasattr(node, a):
                    parts.append('%s=%r' % (a, getattr(node, a)))
        return '%s(%s)' % (type(node).__name__, ', '.join(parts))
    if isinstance(node, list):
        return '[%s]' % ', '.join(dump(x, attrs) for x in node)
    return repr(node)


def show(src, mode='exec', flags=0):
    tree = compile(src, '<src>', mode, ONLY_AST | flags)
    print(repr(src))
    print('  ', dump(tree))
    print('  ', dump(tree, True))


show('x = 1 + 2 * -y')
show('a if b else c', 'eval')
show('x = 1', 'single')
show('print("héllo", "😀", x)  # é')
show('s = "é" + f"{é!r:>{w}} and {b=}"')
show('def f(a, /, b: int = 2, *c, d, e=3, **g) -> "r":\n    """doc"""\n    return -a\n')
show('@dec\nclass C(B, metaclass=M):\n    x: int = 1\n    y: str\n    def m(self): pass\n')
show('async def f():\n    async for x in y:\n        await x\n    async with a as b, c:\n        yield\n')
show('for i, j in z:\n    continue\nelse:\n    break\nwhile x:\n    pass\n')
show('try:\n    1/0\nexcept (E, F) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a, b[1], c.d\n')
show('try:\n    pass\nexcept* ValueError:\n    pass\n')
show('with open(f) as (a, b):\n    global g\n    nonlocal n\n')
show('import a.b as c, d\nfrom .. import (e as f, g)\nfrom m import *\n')
show('assert x, "msg"\nx += 1\nx //= 2\nx @= m\n')
show('[x for x in y if x if not x]\n{k: v for k, v in d.items()}\n{s async for s in t}\n(g for g in h)\n')
show('lambda x, *, y=1: (x, y)\n')
show('a[1:2, ::3, ...]\na.b.c\n*a, b = c\n(y := 10)\n')
show('x < y <= z is not w not in v\nnot a and b or c\n~a | b ^ c & d << e >> f\n')
show('{1, 2}\n{}\n{**a, "b": 1}\nf(*a, **k, x=1)\n')
show('b"\\x00" rb"raw"\n1_000, 0x1F, 1.5e3, 3j, True, None, ..., 10**100, "\\ud800"\n')
show('match p:\n    case [1, *rest]: pass\n    case {"k": v, **kw}: pass\n    case Point(x=0, y=_) | None: pass\n    case str() as s if s: pass\n    case -1 | 2+3j | "a" "b": pass\n    case _: pass\n')
show('def f(a,  # type: int\n      ):\n    # type: (...) -> None\n    pass\nx = 1  # type: int\n', flags=_ast.PyCF_TYPE_COMMENTS)
show('import x  # type: ignore[attr]\n', flags=_ast.PyCF_TYPE_COMMENTS)
show('(int, str) -> List[int]', 'func_type')
show('await x', flags=_ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
show('x = """a\nb"""\ny = (1,\n     2)\n')

# the same context objects are shared by every node, as in CPython
t = compile('a = b; c = d', '<s>', 'exec', ONLY_AST)
print(t.body[0].targets[0].ctx is t.body[1].targets[0].ctx, type(t.body[0].value.ctx).__name__)
print(list(vars(t.body[0].value)), t.body[0].value.__dict__['id'])

# syntax errors are the same with and without PyCF_ONLY_AST
for bad in ['x = (', 'def f(:', 'a +', 'f(**x, *y)', 'x = 1 +\n', '  x']:
    try:
        compile(bad, '<bad>', 'exec', ONLY_AST)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

# compile's own argument checks
for args, kw in [
    (('x', '<s>', 'exec', 0x10000000), {}),
    (('x', '<s>', 'exec', 0, False, 5), {}),
    (('x', '<s>', 'func_type'), {}),
    (('x', '<s>', 'bogus'), {}),
    (('x', '<s>', 'bogus', ONLY_AST), {}),
    ((1, '<s>', 'exec'), {}),
    (('x', 1, 'exec'), {}),
    (('x', '<s>', 'exec', 'a'), {}),
]:
    try:
        compile(*args, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(compile(b'x = 1', b'<bytes>', 'exec', ONLY_AST)).__name__)
print(dump(compile('x', '<s>', 'eval', flags=ONLY_AST, dont_inherit=True, optimize=2, _feature_version=-1)))
