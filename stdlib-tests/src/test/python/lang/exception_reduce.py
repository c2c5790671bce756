# BaseException.__reduce__/__setstate__ (and OSError's, ImportError's): copy and pickle of exceptions and exception groups
import copy, pickle
def show(e):
    r = e.__reduce__()
    print(r[0].__name__, r[1:])
e = ValueError(1); show(e); e.x = 1; show(e)
show(ExceptionGroup('m', [ValueError(1)]))
for e in (KeyError(1), StopIteration(5), SystemExit(3), AttributeError('a', name='n', obj=1),
          NameError('x', name='y'), UnicodeDecodeError('utf-8', b'x', 0, 1, 'bad'),
          OSError(2, 'nf', 'f.txt'), OSError(2, 'nf', 'a', None, 'b'), OSError(1, 2),
          ImportError('m', name='n', path='p'), ImportError('m'), SyntaxError('s', ('f', 1, 2, 't'))):
    show(e)
e = ValueError(1); e.add_note("n"); c = copy.copy(e); print(repr(c), c.__notes__, c.__notes__ is e.__notes__)
d = copy.deepcopy(e); print(d.__notes__ is e.__notes__)
g = ExceptionGroup('m', [ValueError(1), TypeError(2)])
g2 = pickle.loads(pickle.dumps(g)); print(repr(g2), type(g2).__name__, g2.exceptions)
o = pickle.loads(pickle.dumps(OSError(2, 'nf', 'f.txt'))); print(type(o).__name__, o, o.filename)
try:
    ValueError().__setstate__(1)
except TypeError as x:
    print(x)
v = ValueError(); v.__setstate__({'a': 1}); print(v.a)
v.__setstate__(None)
try:
    ValueError().__setstate__({1: 2})
except TypeError as x:
    print(x)
