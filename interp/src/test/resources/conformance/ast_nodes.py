# The node classes of _ast: hierarchy, _fields, _attributes, __match_args__, class-level None
# defaults, the AST constructor's rules and errors, __reduce__, subclassing.
import _ast

names = sorted(n for n in dir(_ast)
               if isinstance(getattr(_ast, n), type) and issubclass(getattr(_ast, n), _ast.AST))
print(len(names))
for n in names:
    c = getattr(_ast, n)
    own = sorted(k for k, v in vars(c).items() if v is None and k != '__doc__')
    print(n, c.__module__, c.__base__.__name__, c._fields, c._attributes,
          c.__match_args__, '_attributes' in vars(c), own)
print([n for n in dir(_ast) if n.startswith('PyCF')], _ast.PyCF_ONLY_AST,
      _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(_ast.AST.__doc__, _ast.Name.__doc__, _ast.Load.__doc__)
print(_ast.expr_context.__doc__)
print(_ast.arguments.__doc__)
print(_ast.mod.__doc__)
print(type(_ast.Name), type(_ast.AST), _ast.Name.__qualname__, repr(_ast.Name))

# construction: positional fields in _fields order, keywords for anything
n = _ast.Name('x', _ast.Load(), lineno=3, col_offset=1)
print(n.id, type(n.ctx).__name__, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset)
print(list(vars(n)))
e = _ast.Name()
print(hasattr(e, 'id'), e.end_lineno, _ast.Constant(5).kind, _ast.arguments().vararg)
for make in [lambda: _ast.Name('a', _ast.Load(), 3),
             lambda: _ast.AST(1),
             lambda: _ast.Pass(1),
             lambda: _ast.Expr(1, 2),
             lambda: _ast.Name('a', id='b'),
             lambda: _ast.BinOp(1, 2, op=3),
             lambda: _ast.Load(1),
             lambda: _ast.Name().lineno,
             lambda: _ast.Name().id]:
    try:
        make()
        print('made')
    except (TypeError, AttributeError) as err:
        print(type(err).__name__, err)
print(_ast.AST(x=1, y=2).y, _ast.Name(ctx=1, extra=2).extra)

# __reduce__ gives the class, no arguments and the instance dict
print(_ast.Name('v').__reduce__())
print(_ast.Load().__reduce__()[0].__name__, _ast.Load().__reduce__()[1:])
cls, args, state = _ast.BinOp(_ast.Constant(1), _ast.Add(), _ast.Constant(2)).__reduce__()
copy = cls(*args)
copy.__dict__.update(state)
print(type(copy).__name__, copy.left.value, type(copy.op).__name__, copy.right.value)
print(isinstance(_ast.Add(), _ast.operator), isinstance(_ast.Add(), _ast.AST),
      issubclass(_ast.ExceptHandler, _ast.excepthandler), isinstance(_ast.Name(), _ast.stmt))


# subclasses: own _fields, extra attributes, match statement over __match_args__
class Point(_ast.AST):
    _fields = ('x', 'y')


p = Point(1, y=2)
print(p.x, p.y, Point.__mro__[1].__name__)
try:
    Point(1, 2, 3)
except TypeError as err:
    print(err)


class MyName(_ast.Name):
    def describe(self):
        return 'name ' + self.id


print(MyName('q', _ast.Load()).describe(), MyName._fields)
match _ast.BinOp(_ast.Constant(1), _ast.Add(), _ast.Name('z', _ast.Load())):
    case _ast.BinOp(_ast.Constant(value=v), _ast.Add(), _ast.Name(id)):
        print('matched', v, id)

# the field values are plain attributes: set, replace, delete
n = _ast.Name('a', _ast.Load())
n.id = 'b'
del n.ctx
print(n.id, hasattr(n, 'ctx'))
_ast.Constant.extra_class_attr = 'added'
print(_ast.Constant(1).extra_class_attr)
