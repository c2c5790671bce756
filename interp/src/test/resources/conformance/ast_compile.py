# compile() of _ast trees: round trips of parsed programs, trees built and transformed by hand
# (with a fix_missing_locations and a NodeTransformer written here), and CPython's errors for
# malformed trees from obj2ast and the AST validator.
import _ast as ast
import sys

ONLY_AST = ast.PyCF_ONLY_AST


def iter_fields(node):
    for f in node._fields:
        if hasattr(node, f):
            yield f, getattr(node, f)


def fix(tree):
    def walk(node, lineno, col, end_lineno, end_col):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
            if getattr(node, 'end_lineno', None) is None:
                node.end_lineno = end_lineno
            else:
                end_lineno = node.end_lineno
            if not hasattr(node, 'col_offset'):
                node.col_offset = col
            else:
                col = node.col_offset
            if getattr(node, 'end_col_offset', None) is None:
                node.end_col_offset = end_col
            else:
                end_col = node.end_col_offset
        for _, v in iter_fields(node):
            for x in (v if isinstance(v, list) else [v]):
                if isinstance(x, ast.AST):
                    walk(x, lineno, col, end_lineno, end_col)
    walk(tree, 1, 0, 1, 0)
    return tree


def transform(node, visit):
    """A NodeTransformer: visit(node) returns a replacement, None to drop, or a list."""
    for field, old in iter_fields(node):
        if isinstance(old, list):
            new = []
            for x in old:
                if isinstance(x, ast.AST):
                    x = transform(x, visit)
                    if x is None:
                        continue
                    if isinstance(x, list):
                        new.extend(x)
                        continue
                new.append(x)
            old[:] = new
        elif isinstance(old, ast.AST):
            setattr(node, field, transform(old, visit))
    return visit(node)


# round trips: what the parser gives compiles and runs like the source
PROGRAMS = [
    "print(sum(i * i for i in range(10)), [c.upper() for c in 'abc'])",
    "def f(a, /, b=2, *c, d, e=5, **g):\n    return (a, b, c, d, e, sorted(g))\nprint(f(1, d=4, z=0))",
    "class C:\n    '''doc'''\n    x: int = 3\n    def m(self, k=1):\n        return self.x + k\nprint(C().m(), C.__doc__, C.__annotations__)",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nelse:\n    pass\nfinally:\n    print('finally')",
    "x = 10\nwhile x > 1:\n    x //= 3\n    if x == 2:\n        continue\nelse:\n    print('while done', x)",
    "import sys as s\nfrom sys import version_info as vi\nprint(s.maxsize > 0, vi[0])",
    "def gen():\n    yield 1\n    yield from [2, 3]\nprint(list(gen()))",
    "w = 7\nprint(f'{w!r:>4}|{w * 2:03d}|{\"s\"!s}|{w=}')",
    "match {'k': [1, 2, 3]}:\n    case {'k': [1, *rest]} if rest:\n        print('rest', rest)\n    case _:\n        print('no')",
    "print((lambda *a, **k: (a, k))(1, x=2), (y := 5), y, -(-3) ** 2, not None)",
    "print(b'\\x00ab'[1:], 10 ** 30, 1.5e3, 2j * 2j, ..., 'é😀', r'\\d')",
    "a, *b = range(4)\nd = {**{'x': 1}, 'y': 2}\ndel d['x']\nprint(a, b, d, {1, 2} | {3}, [*b, *b])",
    "async def co():\n    return 42\nc = co()\ntry:\n    c.send(None)\nexcept StopIteration as e:\n    print('async', e.value)",
    "def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n        return v\n    return inner()\nprint(outer())",
    "class CM:\n    def __enter__(self):\n        return 'in'\n    def __exit__(self, *a):\n        print('exit', a[0])\n        return True\nwith CM() as v, CM():\n    print(v)\n    raise KeyError",
    "assert True, 'never'\ntry:\n    assert 1 == 2, 'no'\nexcept AssertionError as e:\n    print('assert', e)",
]
for src in PROGRAMS:
    tree = compile(src, '<roundtrip>', 'exec', ONLY_AST)
    code = compile(tree, '<roundtrip>', 'exec')
    exec(code, {'__name__': 'rt', '__file__': __file__})
print(eval(compile(compile('3 * 7 + len("ab")', '<e>', 'eval', ONLY_AST), '<e>', 'eval')))
exec(compile(compile('1 + 1', '<i>', 'single', ONLY_AST), '<i>', 'single'))

# positions survive: tracebacks and co_positions point where the tree says
tree = compile('x = 1\n\ndef f():\n    return 1 / 0\n', '<pos>', 'exec', ONLY_AST)
ns = {}
exec(compile(tree, '<pos>', 'exec'), ns)
try:
    ns['f']()
except ZeroDivisionError as e:
    tb = e.__traceback__.tb_next
    print('line', tb.tb_lineno, tb.tb_frame.f_code.co_firstlineno)
print([p for p in ns['f'].__code__.co_positions()][-2:])


# a tree built by hand, fixed up, compiled and run
call = ast.Call(ast.Name('print', ast.Load()),
                [ast.Constant('built'), ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))],
                [ast.keyword('sep', ast.Constant(':'))])
mod = fix(ast.Module([ast.Expr(call)], []))
exec(compile(mod, '<built>', 'exec'))
fn = fix(ast.Module([
    ast.FunctionDef('double', ast.arguments([], [ast.arg('n')], None, [], [], None, []),
                    [ast.Return(ast.BinOp(ast.Name('n', ast.Load()), ast.Add(),
                                          ast.Name('n', ast.Load())))], [], None),
    ast.Assign([ast.Name('r', ast.Store())],
               ast.Call(ast.Name('double', ast.Load()), [ast.Constant(21)], []))], []))
ns = {}
exec(compile(fn, '<built>', 'exec'), ns)
print(ns['r'], ns['double'].__name__)


# a transformer: every constant int doubled, every 'print' call gets a prefix argument,
# every 'pass' statement dropped, and every line number moved down by 10 (increment_lineno)
def visit(node):
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return ast.Constant(node.value * 2, lineno=node.lineno, col_offset=node.col_offset)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == 'print':
        node.args.insert(0, ast.Constant('>>'))
    if isinstance(node, ast.Pass):
        return None
    if 'lineno' in node._attributes and hasattr(node, 'lineno'):
        node.lineno += 10
        if getattr(node, 'end_lineno', None) is not None:
            node.end_lineno += 10
    return node


src = 'x = 1 + 2\nif x:\n    pass\n    print(x, [3, 4])\ndef g():\n    return 1 / 0\n'
tree = transform(compile(src, '<xf>', 'exec', ONLY_AST), visit)
ns = {}
exec(compile(fix(tree), '<xf>', 'exec'), ns)
try:
    ns['g']()
except ZeroDivisionError as e:
    print('moved to line', e.__traceback__.tb_next.tb_lineno)


def t(tree, mode='exec'):
    try:
        compile(tree, '<t>', mode)
        print('ok')
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])


L = ast.Load


def args(**kw):
    d = dict(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[], kwarg=None,
             defaults=[])
    d.update(kw)
    return ast.arguments(**d)


t(ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []))
t(fix(ast.Module([ast.Expr(ast.Name('x', ast.Load()))], [])))
t(fix(ast.Module([ast.Expr(ast.Name('x'))], [])))
t(fix(ast.Module([ast.Expr(ast.Load())], [])))
t(fix(ast.Module([ast.Expr(None)], [])))
t(fix(ast.Module([ast.Expr(ast.Name(1, ast.Load()))], [])))
t(fix(ast.Module([ast.Expr(ast.Name('x', ast.Store()))], [])))
t(fix(ast.Module(ast.Expr(ast.Name('x', ast.Load())), [])))
t(fix(ast.Module([ast.Expr(ast.Constant([]))], [])))
t(fix(ast.Module([ast.ImportFrom('x', [ast.alias('y')], 'a')], [])))
t(fix(ast.Module([ast.ImportFrom('x', [ast.alias('y')], -1)], [])))
t(fix(ast.Module([ast.ImportFrom('x', [], 0)], [])))
t(fix(ast.Module([ast.FunctionDef('f', args(), [], [])], [])))
t(fix(ast.Module([ast.FunctionDef('f', None, [ast.Pass()], [])], [])))
t(fix(ast.Module([ast.FunctionDef('f', args(defaults=[ast.Constant(1)]), [ast.Pass()], [])], [])))
t(fix(ast.Module([ast.FunctionDef('f', args(kw_defaults=[None]), [ast.Pass()], [])], [])))
t(ast.Module([], []), 'eval')
t(ast.Expression(ast.Constant(1)), 'exec')
t(ast.Module([]))
t(ast.Name('x', ast.Load()))
t(ast.Module([ast.Pass(lineno='a', col_offset=0)], []))
t(ast.Module([ast.Pass(lineno=1, col_offset=0)], []))
t(ast.Module([ast.Pass(lineno=1)], []))
t(1)
t(ast.Module([ast.Pass(lineno=2**70, col_offset=0)], []))
t(fix(ast.Module([ast.Expr(ast.Constant(1, kind=3))], [])))
t(ast.Module([ast.Pass(lineno=3, col_offset=0, end_lineno=2, end_col_offset=0)], []))
t(ast.Module([ast.Pass(lineno=3, col_offset=5, end_lineno=3, end_col_offset=2)], []))
t(fix(ast.Module([ast.Expr(ast.Name('None', ast.Load()))], [])))
t(fix(ast.Module([ast.Expr(ast.Constant(frozenset({1, (2, 3)})))], [])))
t(fix(ast.Module([ast.Expr(ast.Constant((1, [])))], [])))
t(fix(ast.Module([ast.Expr(ast.Constant((1, 'a', b'x', 1j, 1.5, True, None, ...)))], [])))
t(fix(ast.Module([None], [])))
t(fix(ast.Module([ast.Expr(ast.Tuple([None], ast.Load()))], [])))
t(fix(ast.Module([ast.Expr(ast.Compare(ast.Constant(1), [], []))], [])))
t(fix(ast.Module([ast.Expr(ast.Compare(ast.Constant(1), [ast.Eq()], []))], [])))
t(fix(ast.Module([ast.Expr(ast.Compare(ast.Constant(1), [ast.Eq(), ast.Lt()], [ast.Constant(2)]))], [])))
t(fix(ast.Module([ast.Expr(ast.Compare(ast.Constant(1), [ast.Load()], [ast.Constant(1)]))], [])))
t(fix(ast.Module([ast.Expr(ast.BoolOp(ast.And(), [ast.Constant(1)]))], [])))
t(fix(ast.Module([ast.Expr(ast.Dict([ast.Constant(1)], []))], [])))
t(fix(ast.Module([ast.Expr(ast.ListComp(ast.Constant(1), []))], [])))
t(fix(ast.Module([ast.Delete([])], [])))
t(fix(ast.Module([ast.Assign([], ast.Constant(1))], [])))
t(fix(ast.Module([ast.Assign([ast.Constant(1)], ast.Constant(1))], [])))
t(fix(ast.Module([ast.AugAssign(ast.Name('x', ast.Load()), ast.Add(), ast.Constant(1))], [])))
t(fix(ast.Module([ast.AnnAssign(ast.Attribute(ast.Name('x', L()), 'y', ast.Store()), ast.Name('int', L()), None, 1)], [])))
t(fix(ast.Module([ast.Raise(None, ast.Constant(1))], [])))
t(fix(ast.Module([ast.Try([ast.Pass()], [], [], [])], [])))
t(fix(ast.Module([ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])], [])))
t(fix(ast.Module([ast.Try([ast.Pass()], [ast.ExceptHandler(None, None, [])], [], [])], [])))
t(fix(ast.Module([ast.With([], [ast.Pass()])], [])))
t(fix(ast.Module([ast.Global([])], [])))
t(fix(ast.Module([ast.If(ast.Constant(1), [], [])], [])))
t(fix(ast.Module([ast.Expr(ast.Call(ast.Name('print', L()), [ast.Constant('hi')], [ast.keyword('sep', ast.Constant('-'))]))], [])))
t(fix(ast.Module([ast.Expr(ast.Call(ast.Name('print', L()), ast.Constant('hi'), []))], [])))
t(fix(ast.Module([ast.Expr(ast.Constant(1))], None)))
t(fix(ast.Module([ast.Match(ast.Name('x', L()), [])], [])))
t(fix(ast.Module([ast.Match(ast.Name('x', L()), [ast.match_case(ast.MatchOr([]), None, [ast.Pass()])])], [])))
t(fix(ast.Module([ast.Match(ast.Name('x', L()), [ast.match_case(ast.MatchSingleton(1), None, [ast.Pass()])])], [])))
t(fix(ast.Module([ast.Match(ast.Name('x', L()), [ast.match_case(ast.MatchValue(ast.Name('y', L())), None, [ast.Pass()])])], [])))
t(fix(ast.Module([ast.Match(ast.Name('x', L()), [ast.match_case(ast.MatchValue(ast.Constant(True)), None, [ast.Pass()])])], [])))
t(fix(ast.Module([ast.Match(ast.Name('x', L()), [ast.match_case(ast.MatchAs(ast.MatchStar('y'), None), None, [ast.Pass()])])], [])))
t(fix(ast.Module([ast.Match(ast.Name('x', L()), [ast.match_case(ast.MatchAs(None, '_'), None, [ast.Pass()])])], [])))
t(fix(ast.Module([ast.Match(ast.Name('x', L()), [ast.match_case(ast.MatchStar('y'), None, [ast.Pass()])])], [])))
t(fix(ast.Module([ast.Match(ast.Name('x', L()), [ast.match_case(ast.MatchClass(ast.Constant(1), [], [], []), None, [ast.Pass()])])], [])))
t(fix(ast.Module([ast.Match(ast.Name('x', L()), [ast.match_case(ast.MatchMapping([ast.Constant(1)], [], None), None, [ast.Pass()])])], [])))
t(fix(ast.Module([ast.Match(ast.Name('x', L()), [ast.match_case(ast.MatchSequence([ast.MatchStar('y')]), None, [ast.Pass()])])], [])))
t(fix(ast.Interactive([ast.Expr(ast.Constant(1))])), 'single')
t(fix(ast.Expression(ast.Starred(ast.Name('x', L()), L()))), 'eval')
t(fix(ast.Module([ast.Expr(ast.Lambda(args(), ast.Constant(1)))], [])))
t(fix(ast.Module([ast.Expr(ast.Lambda(args(args=[ast.arg('a')]), ast.Name('a', L())))], [])))
t(fix(ast.Module([ast.Expr(ast.Lambda(args(args=[ast.arg(3)]), ast.Name('a', L())))], [])))
t(fix(ast.Module([ast.Expr(ast.Lambda(ast.Name('x', L()), ast.Name('a', L())))], [])))
t(fix(ast.Module([ast.Expr(ast.Lambda(args(args=[ast.Name('x', L())]), ast.Name('a', L())))], [])))
t(fix(ast.Module([ast.Return(ast.Constant(1))], [])))
t(fix(ast.Module([ast.Expr(ast.Subscript(ast.Name('x', L()), ast.Slice(None, None, None), L()))], [])))
t(fix(ast.Module([ast.For(ast.Name('x', ast.Store()), ast.Name('y', L()), [ast.Pass()], [], None)], [])))
t(fix(ast.Module([ast.For(ast.Name('x', L()), ast.Name('y', L()), [ast.Pass()], [], None)], [])))
t(fix(ast.Module([ast.Expr(ast.JoinedStr([ast.FormattedValue(ast.Name('x', L()), -1, None)]))], [])))
t(fix(ast.Module([ast.Expr(ast.JoinedStr([ast.FormattedValue(ast.Name('x', L()), 'r', None)]))], [])))
t(fix(ast.Module([ast.Expr(ast.Constant(1))], [ast.TypeIgnore(1, 'x')])))
t(fix(ast.Module([ast.Expr(ast.Constant(1))], [ast.TypeIgnore(1, 2)])))
t(fix(ast.Module([ast.Expr(ast.Constant(1))], [ast.Pass()])))

# converting a tree counts against the recursion limit, as CPython's obj2ast does
e = ast.Constant(1, lineno=1, col_offset=0)
for i in range(5000):
    e = ast.UnaryOp(ast.USub(), e, lineno=1, col_offset=0)
t(ast.Expression(e), 'eval')
print('deep done')
