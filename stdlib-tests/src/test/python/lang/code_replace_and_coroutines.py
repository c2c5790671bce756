# code.replace(), assigning function.__code__, awaiting a types.coroutine generator, and
# asyncio tasks each running in a copy of the context.
def f(a, b=1, *c, d, **e):
    x = 1
    def g(): return a + x
    return g
co = f.__code__
for kw in [dict(co_flags='x'), dict(co_code=1), dict(co_consts=[1]), dict(co_name=1), dict(co_varnames=[1]), dict(co_names=(1,)), dict(co_nlocals=2)]:
    try: co.replace(**kw)
    except Exception as e: print(type(e).__name__, e)
try: co.replace(1)
except Exception as e: print(type(e).__name__, e)
c2 = co.replace(co_name='h', co_firstlineno=10, co_flags=co.co_flags | 0x100)
print(c2.co_name, c2.co_firstlineno, c2.co_flags, co.co_qualname, c2.co_qualname, max(l for *_, l in c2.co_lines() if l) - max(l for *_, l in co.co_lines() if l), c2.co_varnames, c2.co_cellvars, c2 is co, c2.co_code == co.co_code)
print(co.replace().co_varnames, co.replace().co_cellvars, co.replace().co_freevars, co.replace().co_linetable == co.co_linetable)
inner = f(1, d=2)
print(inner.__code__.replace(co_filename="other.py").co_filename, inner.__code__.co_freevars)
def h(n):
    return n * 2
h.__code__ = h.__code__.replace(co_consts=h.__code__.co_consts, co_name="renamed")
print(h(21), h.__code__.co_name)
for bad in (1, inner.__code__):
    try:
        h.__code__ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    del h.__code__
except TypeError as e:
    print("TypeError", e)
k = lambda: 1
k.__code__ = k.__code__.replace(co_consts=(None, 2) if k.__code__.co_consts[0] is None else (2,))
print(k())
import types, asyncio, contextvars
@types.coroutine
def sw():
    yield
print(sw.__code__.co_flags & 0x100)
v = contextvars.ContextVar("v", default="unset")
async def child(n):
    v.set(n)
    await asyncio.sleep(0)
    return v.get()
async def main():
    v.set("main")
    r = await asyncio.gather(child(1), child(2))
    print(r, v.get())
asyncio.run(main())
print(v.get())
