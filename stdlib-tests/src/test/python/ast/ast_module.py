# The ast module over _ast: parse, dump (indent, include_attributes), unparse, literal_eval with its
# errors, walk, iter_child_nodes, NodeVisitor, NodeTransformer + fix_missing_locations +
# increment_lineno + compile, type comments, func_type mode, deprecated Num/Str, deepcopy.
import ast, sys
src = '''
import os.path as p
from . import x
@deco(1)
class C(Base, metaclass=M):
    """Doc string."""
    x: int = 5
    async def m(self, a, /, b=1, *args, c, d=2, **kw) -> None:
        async with a as b:
            await b
        return [i async for i in a if i]
def f():
    global g
    try:
        yield from g
    except* ValueError as e:
        raise RuntimeError('x') from e
    finally:
        del g[1:2, ...]
    while not (a and b or c):
        lambda: (yield)
match cmd:
    case [1, 2, *rest] if rest:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0, y=_) | None:
        pass
    case str() as s:
        pass
print(f"{a!r:>{w}} {b=} {'q'}", -x ** 2, (a := 1), a if b else c, {**d}, {*s}, *t, x[::2])
'''
t = ast.parse(src)
print(ast.dump(t, indent=1)[:2000])
print(ast.dump(t, include_attributes=True)[:1500])
print(ast.unparse(t))

print(ast.get_source_segment(src, t.body[2].body[1]))
for v in ["1", "-2.5", "'s'", "b'b'", "(1, [2, {3: 4}], {5})", "set()", "1+2j", "None", "-(1)", "{'a': (1, 2)}", "x", "1 + x", "f()", "[1, 2,", "'a' 'b'", "~1", "1-1j", "((1))"]:
    try:
        print(repr(ast.literal_eval(v)))
    except (ValueError, SyntaxError, TypeError) as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
class T(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 10), node)
        return node
    def visit_Name(self, node):
        if node.id == 'drop':
            return None
        return node
tree = ast.parse("x = 1 + 2\nprint(x, 'a')\ndef g():\n    return 1/0\n")
tree = ast.fix_missing_locations(T().visit(tree))
ast.increment_lineno(tree, 100)
ns = {}
exec(compile(tree, '<t>', 'exec'), ns)
try:
    ns['g']()
except ZeroDivisionError as e:
    print('line', e.__traceback__.tb_next.tb_lineno)
print(ast.unparse(tree))
print([type(n).__name__ for n in ast.walk(ast.parse('a + b * c'))])
print([type(n).__name__ for n in ast.iter_child_nodes(ast.parse('a + b').body[0].value)])
class V(ast.NodeVisitor):
    def visit_Name(self, n):
        print('name', n.id, n.lineno, n.col_offset)
V().visit(ast.parse('é = ü + 1'))
print(ast.dump(ast.parse('(int, str) -> int', mode='func_type')))
print(ast.dump(ast.parse('x = 1 # type: int', type_comments=True)))
e = ast.parse('1 + 2', mode='eval')
print(eval(compile(e, '', 'eval')))
print(ast.Num(5).n, ast.Str('s').s, isinstance(ast.Constant(1), ast.Num), ast.Constant(2).n)

import copy
print(ast.dump(copy.deepcopy(t.body[0])))
