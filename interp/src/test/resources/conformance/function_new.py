# function(code, globals, name, argdefs, closure): builtins from the globals' __builtins__ or the
# current ones, and the argument checks of func_new.
def func(s): return len(s)
F = type(func)
ns = {}
func2 = F(func.__code__, ns)
print(func2.__globals__ is ns, func2.__builtins__ is func.__builtins__, func2("abc"), ns, func2.__closure__, func2.__name__)
safe = {'None': None}
ns = {'type': type, '__builtins__': safe}
exec("def func3(s): pass\nfunc4 = type(func3)(func3.__code__, {})", ns)
print(ns['func3'].__builtins__ is safe, ns['func4'].__builtins__ is safe, '__builtins__' in ns['func4'].__globals__)
def outer(v):
    def inner(): return v
    return inner
inn = outer(5)
g = F(inn.__code__, {}, 'named', (1,), inn.__closure__)
print(g(), g.__name__, g.__qualname__, g.__defaults__)
for args in [(1, {}), (func.__code__, 1), (func.__code__, {}, 1), (func.__code__, {}, None, 1),
             (inn.__code__, {}), (inn.__code__, {}, None, None, ()), (inn.__code__, {}, None, None, (1,)),
             (func.__code__, {}, None, None, inn.__closure__), ()]:
    try:
        F(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    F(code=func.__code__, globals={}, bad=1)
except TypeError as e:
    print(e)
print(F(code=func.__code__, globals={}, name='kw').__name__)
