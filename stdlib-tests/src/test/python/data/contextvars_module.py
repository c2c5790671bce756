# _contextvars: ContextVar, Token, Context (an immutable mapping entered with run), copy_context,
# and a fresh empty context in each new thread.
import contextvars, _contextvars, re, threading


def noaddr(x):
    return re.sub(r" at 0x[0-9a-f]+", " at ADDR", str(x))


from contextvars import ContextVar, Context, Token, copy_context

print(contextvars.__all__ if hasattr(contextvars, "__all__") else None)
print(sorted(n for n in dir(_contextvars) if not n.startswith("__")))
print(ContextVar, Context, Token, ContextVar.__module__)
v = ContextVar("v")
d = ContextVar("d", default=42)
print(v.name, d.name)
print(repr(v).startswith("<ContextVar name='v' at 0x"), repr(d).split(" at ")[0])
try:
    v.get()
except LookupError as e:
    print("LookupError", noaddr(repr(e)), e.args[0] is v)
print(v.get("dflt"), d.get(), d.get(7))
t = v.set(1)
print(type(t).__name__, t.var is v, t.old_value is Token.MISSING, repr(Token.MISSING))
print(repr(t).split(" at ")[0])
print(v.get())
t2 = v.set(2)
print(t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print("RuntimeError", noaddr(e))
try:
    d.reset(t)
except ValueError as e:
    print("ValueError", noaddr(e))
try:
    v.reset("x")
except TypeError as e:
    print("TypeError", e)
v.reset(t)
print(v.get(None))
for bad in [lambda: ContextVar(1), lambda: ContextVar(), lambda: ContextVar("a", 1),
            lambda: Token(), lambda: Context(1), lambda: v.set(), lambda: v.get(1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    class Sub(ContextVar): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Sub2(Context): pass
except TypeError as e:
    print("TypeError", e)
try:
    class Sub3(Token): pass
except TypeError as e:
    print("TypeError", e)
print(ContextVar[int], Token[str])
try:
    print(Context[int])
except TypeError as e:
    print("TypeError", e)
try:
    hash(v); print("hashable var")
    hash(Context())
except TypeError as e:
    print("TypeError", e)

ctx = copy_context()
print(type(ctx), len(ctx), v in ctx, d in ctx)
d.set(5)
print(d in ctx, d in copy_context(), len(copy_context()) - len(ctx))
try:
    ctx[d]
except KeyError as e:
    print("KeyError", e.args[0] is d)
try:
    1 in ctx
except TypeError as e:
    print("TypeError", e)
try:
    ctx[1]
except TypeError as e:
    print("TypeError", e)
try:
    ctx.get(1)
except TypeError as e:
    print("TypeError", e)
c2 = copy_context()
print(c2[d], c2.get(d), c2.get(v), c2.get(v, "x"))
print(list(c2.keys()) == list(c2), [k.name for k in c2 if k.name in "vd"])
print(sorted(x for x in c2.values() if isinstance(x, int)))
print([(k.name, val) for k, val in c2.items() if k.name in "vd"])
print(type(c2.keys()).__name__, type(c2.items()).__name__, type(iter(c2)).__name__)

def f(a, b=0):
    d.set(a + b)
    print("inside", d.get(), v.get("unset"))
    return "ret"

c3 = Context()
print(len(c3), list(c3))
print(c3.run(f, 10, b=1))
print(c3[d], d.get(), len(c3))

def reenter():
    c3.run(print, "nested")

try:
    c3.run(reenter)
except RuntimeError as e:
    print("RuntimeError", noaddr(e))

def raiser():
    d.set(99)
    raise ValueError("in run")
try:
    c3.run(raiser)
except ValueError as e:
    print("ValueError", e, c3[d], d.get())
try:
    c3.run()
except TypeError as e:
    print("TypeError", e)

c4 = c3.copy()
print(c4 is c3, c4[d], c4 == c3, c3 == c3, c3 != c4)
print(Context() == Context(), Context() == {}, Context().__eq__({}))

# threads start with a fresh, empty context
res = []
def th():
    res.append((len(copy_context()), d.get()))
    d.set(1000)
    res.append(d.get())
tt = threading.Thread(target=th); tt.start(); tt.join()
print(res, d.get())

# token used in another context
tok = d.set(6)
try:
    Context().run(d.reset, tok)
except ValueError as e:
    print("ValueError", noaddr(e))
print(d.get())
# many vars
vs = [ContextVar("x%d" % i, default=i) for i in range(100)]
for i, x in enumerate(vs):
    x.set(i * 2)
c = copy_context()
print(sum(c[x] for x in vs), len(c) >= 100)
print(ContextVar.__doc__ is None or ContextVar.__doc__[:20])
print(sorted(n for n in dir(Context) if not n.startswith("__")))
print(sorted(n for n in dir(ContextVar) if not n.startswith("__")))
print(sorted(n for n in dir(Token) if not n.startswith("__")))
try:
    v.name = "w"
except AttributeError as e:
    print("AttributeError", e)
try:
    t.var = 1
except AttributeError as e:
    print("AttributeError", e)
import weakref
for o in (v, t, Context()):
    try:
        weakref.ref(o); print("weakref ok", type(o).__name__)
    except TypeError as e:
        print("TypeError", e)
