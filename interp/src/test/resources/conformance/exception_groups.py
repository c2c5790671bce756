# BaseExceptionGroup and ExceptionGroup (PEP 654): construction, attributes, split/subgroup/derive, subclasses
def t(f):
    try:
        r = f()
        print("ok", type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(BaseExceptionGroup.__mro__, ExceptionGroup.__mro__, ExceptionGroup.__bases__)
print(sorted(k for k in BaseExceptionGroup.__dict__), sorted(ExceptionGroup.__dict__))
t(lambda: BaseExceptionGroup())
t(lambda: BaseExceptionGroup("x"))
t(lambda: BaseExceptionGroup("x", [], 3))
t(lambda: BaseExceptionGroup(1, [ValueError()]))
t(lambda: BaseExceptionGroup("m", []))
t(lambda: BaseExceptionGroup("m", ()))
t(lambda: BaseExceptionGroup("m", 5))
t(lambda: BaseExceptionGroup("m", {ValueError()}))
t(lambda: BaseExceptionGroup("m", None))
t(lambda: BaseExceptionGroup("m", [ValueError(), 1]))
t(lambda: BaseExceptionGroup("m", [ValueError]))
t(lambda: BaseExceptionGroup("m", [ValueError()]))
t(lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("m", [ValueError(), KeyboardInterrupt()]))
t(lambda: ExceptionGroup("m", [ValueError()]))
t(lambda: ExceptionGroup(message="m", exceptions=[ValueError()]))
t(lambda: BaseExceptionGroup("m", exceptions=[ValueError()]))
t(lambda: ExceptionGroup("m", "ab"))
t(lambda: ExceptionGroup("m", iter([ValueError()])))
t(lambda: ExceptionGroup(b"m", [ValueError()]))
class S(str): pass
t(lambda: ExceptionGroup(S("m"), [ValueError()]))
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2)])
print(eg, repr(eg), eg.args, eg.message, eg.exceptions, type(eg.exceptions))
eg1 = ExceptionGroup("one", [ValueError(1)])
print(str(eg1), repr(eg1))
t(lambda: setattr(eg, "message", "x"))
t(lambda: setattr(eg, "exceptions", ()))
print(eg.__dict__)
eg.args = (1,2)
print(eg.args, repr(eg), str(eg))
print(eg.__notes__ if hasattr(eg, "__notes__") else "no notes")
eg.add_note("hi")
print(eg.__notes__, eg.__dict__)
print(ExceptionGroup.__new__ is BaseExceptionGroup.__new__, ExceptionGroup.__init__ is BaseExceptionGroup.__init__)
print(BaseExceptionGroup.message, BaseExceptionGroup.exceptions)
print(ExceptionGroup[int])
e = BaseExceptionGroup("m", [ValueError()])
e.__init__("other", [1,2,3])
print(repr(e), e.args, e.message)
t(lambda: e.__init__(1, 2, x=3))
t(lambda: BaseExceptionGroup.__new__(BaseExceptionGroup, "m", [ValueError()]))
t(lambda: BaseExceptionGroup.__new__(ValueError, "m", [ValueError()]))
t(lambda: BaseExceptionGroup.__new__(ExceptionGroup, "m", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup.__new__(BaseExceptionGroup, "m", [KeyboardInterrupt()]))
def raiser(e):
    try:
        raise e
    except BaseException as x:
        return x
inner = ExceptionGroup("inner", [ValueError(1), TypeError(2), ValueError(3)])
eg = ExceptionGroup("outer", [inner, KeyError("k"), ValueError(4)])
eg = raiser(eg)
eg.__cause__ = RuntimeError("cause")
eg.__context__ = RuntimeError("ctx")
eg.add_note("note1")
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(m.__traceback__ is eg.__traceback__, m.__cause__ is eg.__cause__, m.__context__ is eg.__context__)
print(m.__notes__, m.__notes__ is eg.__notes__, m.__suppress_context__, eg.__suppress_context__)
print(m.exceptions[0].__traceback__, m.exceptions[0].__notes__ if hasattr(m.exceptions[0], '__notes__') else None)
print(repr(eg.split((ValueError, KeyError))))
print(repr(eg.split(lambda e: isinstance(e, KeyError))))
print(repr(eg.split(lambda e: True)))
print(repr(eg.split(ExceptionGroup)))
print(repr(eg.split(BaseExceptionGroup)))
print(repr(eg.split(OSError)))
print(repr(eg.subgroup(ValueError)), repr(eg.subgroup(OSError)), eg.subgroup(Exception) is eg)
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
t(lambda: eg.split(1))
t(lambda: eg.split((ValueError, 1)))
t(lambda: eg.split([ValueError]))
t(lambda: eg.split(int))
t(lambda: eg.split())
t(lambda: eg.subgroup(ValueError, 2))
t(lambda: eg.derive())
d = eg.derive([ValueError(9)])
print(repr(d), d.__traceback__, d.__notes__ if hasattr(d, '__notes__') else 'none', d.__cause__)
print(repr(eg.derive([KeyboardInterrupt()])))
t(lambda: eg.split(lambda e: 1/0))
eg.__notes__ = "notalist"
print(eg.split(ValueError)[0].__dict__)
eg.__notes__ = ("a","b")
print(eg.split(ValueError)[0].__dict__)
class MyEG(ExceptionGroup):
    pass
x = MyEG("my", [ValueError(1), TypeError(2)])
print(repr(x), repr(x.split(ValueError)))
class MyEG2(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        obj = super().__new__(cls, message, excs)
        obj.extra = extra
        return obj
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
        self.extra = extra
    def derive(self, excs):
        return MyEG2(self.message, excs, self.extra)
x = MyEG2("my2", [ValueError(1), TypeError(2)], 42)
m, r = x.split(ValueError)
print(repr(x), repr(m), m.extra, repr(r), r.extra, x.args)
class Bad(ExceptionGroup):
    def derive(self, excs):
        return 5
t(lambda: Bad("b", [ValueError(1), TypeError(2)]).split(ValueError))
class MyBEG(BaseExceptionGroup):
    pass
t(lambda: MyBEG("x", [ValueError()]))
t(lambda: MyBEG("x", [KeyboardInterrupt()]))
class MyEG3(MyBEG, Exception): pass
t(lambda: MyEG3("x", [KeyboardInterrupt()]))
t(lambda: MyEG3("x", [ValueError()]))
class E4(ExceptionGroup):
    def __init__(self, a, b, c): super().__init__(a, b)
t(lambda: E4("x", [ValueError()], 3))
print(isinstance(ExceptionGroup("x", [ValueError()]), Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
big = BaseExceptionGroup("b", [ValueError(), KeyboardInterrupt()])
print(repr(big.split(Exception)), repr(big.split(KeyboardInterrupt)))
print(type(big.split(Exception)[0]).__name__)
print(BaseExceptionGroup.__init__, BaseExceptionGroup.__str__)
print(type(BaseExceptionGroup.__dict__['__new__']).__name__, ExceptionGroup.__new__ is BaseExceptionGroup.__new__)
print(BaseExceptionGroup.split, BaseExceptionGroup.derive)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
class Sub(ExceptionGroup): pass
print(Sub[int], Sub.__base__, Sub.__mro__)
class Both(ExceptionGroup, ValueError): pass
b = Both("both", [TypeError()])
print(repr(b), isinstance(b, ValueError), Both.__base__)
print(repr(b.split(TypeError)))
class S(str): pass
e = ValueError()
e.add_note(S("sub"))
print(e.__notes__)
e.__notes__ = ()
try:
    e.add_note("x")
except Exception as x:
    print(type(x).__name__, x)
del e.__notes__
e.add_note("y")
print(e.__notes__)
try:
    e.add_note(1)
except Exception as x:
    print(type(x).__name__, x)
try:
    e.add_note()
except Exception as x:
    print(type(x).__name__, x)
class P(Exception):
    @property
    def __notes__(self): return ["fixed"]
p = P()
try:
    p.add_note("z")
except Exception as x:
    print(type(x).__name__, x)
print(p.__notes__)
print(BaseException.add_note)
# deep nesting counts against the recursion limit
e = TypeError(1)
for i in range(2000):
    e = ExceptionGroup('eg', [e])
for f in (lambda: e.split(TypeError), lambda: e.subgroup(TypeError)):
    try:
        f()
    except RecursionError as x:
        print("RE", x)
def rec(n):
    if n == 0:
        return e.split(TypeError)
    return rec(n - 1)
try:
    rec(500)
except RecursionError as x:
    print("RE", x)
d = TypeError(1)
for i in range(900):
    d = ExceptionGroup('eg', [d])
m = d.split(TypeError)[0]
depth = 0
while isinstance(m, ExceptionGroup):
    m = m.exceptions[0]
    depth += 1
print(depth, repr(m))
try:
    try:
        raise e
    except* TypeError as m:
        print("caught")
except RecursionError as x:
    print("RE", x)
