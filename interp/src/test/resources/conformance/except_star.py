# except* (PEP 654): matching, wrapping naked exceptions, re-raising the rest, raising in clauses, else/finally, errors
import sys
def show(e, indent=""):
    print(indent + repr(e), "ctx=" + repr(e.__context__), "cause=" + repr(e.__cause__), "tb=" + str(e.__traceback__ is not None))
# naked exception wrapped
try:
    try:
        raise ValueError(1)
    except* ValueError as e:
        print("caught", repr(e), repr(sys.exc_info()[1]), e.__traceback__)
        print(e.exceptions[0].__traceback__ is not None)
except Exception as x:
    print("outer", repr(x))
# unmatched naked passes through unchanged
try:
    try:
        raise KeyError(1)
    except* ValueError:
        print("no")
except Exception as x:
    print("outer", repr(x))
# partial
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError as e:
        print("V", repr(e))
    except* (TypeError, OSError) as e:
        print("T", repr(e))
except Exception as x:
    print("outer", repr(x), x.__context__)
# raise inside except*
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("new")
except Exception as x:
    print("outer", repr(x))
    for s in x.exceptions: show(s)
# bare raise in except*
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise
except Exception as x:
    print("outer", repr(x))
# raise e in except*
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
except Exception as x:
    print("outer", repr(x))
    for s in x.exceptions: show(s)
# raise in both, plus naked
try:
    try:
        raise ValueError(5)
    except* ValueError as e:
        raise TypeError(6)
except Exception as x:
    print("outer", repr(x)); show(x)
# naked bare reraise
try:
    try:
        raise ValueError(5)
    except* ValueError as e:
        raise
except Exception as x:
    print("outer", repr(x))
# add note then bare reraise
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        e.add_note("hi")
        raise
except Exception as x:
    print("outer", repr(x), getattr(x, '__notes__', None))
    for s in x.exceptions: print(repr(s), getattr(s, '__notes__', None))
# else/finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else")
finally:
    print("finally")
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("handled")
    else:
        print("else!")
    finally:
        print("fin")
    return 1
print(f())
# exc_info after
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError:
    pass
print(sys.exc_info())
# except* ExceptionGroup
for tp in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 3)):
    try:
        try:
            raise ValueError(1)
        except* tp:
            pass
    except TypeError as x:
        print("TE", x)
# loops inside except*
for i in range(2):
    try:
        raise ValueError(i)
    except* ValueError:
        for j in range(3):
            if j == 1: break
            continue
        print("ok", i)
# matching both handlers with one leaf each
try:
    raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("sub", [TypeError(2)])])
except* ValueError as e:
    print(repr(e))
except* TypeError as e:
    print(repr(e))
# nested except* multiple raise
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise IndexError(10)
    except* TypeError:
        raise IndexError(11)
except ExceptionGroup as x:
    print(repr(x))
    for s in x.exceptions: show(s)
# exception in match type expression
try:
    try:
        raise ValueError
    except* undefined_name:
        pass
except NameError as x:
    print("NE", x, repr(x.__context__))
# BaseException group
try:
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print(repr(e))
except BaseException as x:
    print(repr(x))
try:
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as e:
        print(repr(e))
except BaseException as x:
    print(repr(x))
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
try:
    try:
        raise MyEG("m", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print(repr(e))
except BaseException as x:
    print(repr(x))
srcs = [
"def f():\n  try: pass\n  except* ValueError:\n    return x\n",
"def f():\n  try: pass\n  except* ValueError:\n    return (\n      1)\n",
"def f():\n  try: pass\n  except* ValueError:\n    try:\n      return\n    finally:\n      pass\n",
"async def f():\n  for x in y:\n    try: pass\n    except* ValueError:\n      async with a:\n        continue\n",
"def f():\n  try: pass\n  except* ValueError:\n    for x in y:\n      try: pass\n      finally:\n        break\n",
"try: pass\nexcept* ValueError: pass\nexcept TypeError: pass\n",
"try: pass\nexcept ValueError: pass\nexcept* TypeError: pass\n",
"try: pass\nexcept*: pass\n",
"try: pass\nexcept* : pass\n",
"for x in y:\n  try: pass\n  except* ValueError:\n    break\n",
"for x in y:\n  try: pass\n  except* ValueError:\n    continue\n",
"def f():\n  try: pass\n  except* ValueError:\n    return 1\n",
"def f():\n  try: pass\n  except* ValueError:\n    if x:\n      return\n",
"def f():\n  try: pass\n  except* ValueError:\n    try: pass\n    finally:\n      return\n",
"for x in y:\n  try: pass\n  except* ValueError:\n    pass\n  else:\n    break\n",
"for x in y:\n  try: pass\n  except* ValueError:\n    pass\n  finally:\n    break\n",
"def f():\n  try: pass\n  except* ValueError:\n    def g(): return 1\n    class C:\n      pass\n",
"try: pass\nexcept* ValueError as e.x: pass\n",
"try: pass\nexcept* (ValueError, TypeError) as e: pass\n",
"try: pass\nexcept* ValueError, TypeError: pass\n",
"try:\n  pass\nexcept* ValueError:\n  pass\nelse: pass\n",
"async def f():\n  try: pass\n  except* ValueError:\n    await x\n",
"def f():\n  try: pass\n  except* ValueError:\n    yield 1\n",
"def f():\n  for x in y:\n    try: pass\n    except* ValueError:\n      with a:\n        break\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SE", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
# the bound name is cleared after the clause
def names():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        e
    except NameError as x:
        print("cleared:", x)
names()
# except* inside an except* clause, and in a generator
def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
        try:
            raise ExceptionGroup("inner", [KeyError(1)])
        except* KeyError as k:
            yield repr(k)
    except* TypeError as e:
        yield repr(e)
print(list(gen()))
# else raising is not handled by the clauses
try:
    try:
        pass
    except* ValueError:
        print("no")
    else:
        raise ValueError("from else")
except ValueError as x:
    print("else raised", repr(x))
# finally runs when the rest propagates
def fin():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handled V")
    finally:
        print("finally runs")
try:
    fin()
except ExceptionGroup as x:
    print(repr(x))
# a predicate-driven user split through except*
class Tagged(ExceptionGroup):
    def split(self, cond):
        print("split called with", cond.__name__)
        return super().split(cond)
try:
    raise Tagged("t", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(type(e).__name__, repr(e))
except* TypeError as e:
    print(type(e).__name__, repr(e))
# tracebacks of the rest, raise from inside a clause, BaseExceptionGroup, coroutines, generators
import sys
def inner():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
def middle():
    try:
        inner()
    except* ValueError:
        print("mid handled", sys.exc_info()[1])
def tb_names(tb):
    out = []
    while tb:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out
try:
    middle()
except ExceptionGroup as g:
    print(repr(g), tb_names(g.__traceback__))
    print([tb_names(e.__traceback__) for e in g.exceptions])
def raising():
    try:
        inner()
    except* ValueError as e:
        raise RuntimeError("x") from e
try:
    raising()
except ExceptionGroup as g:
    print(repr(g), tb_names(g.__traceback__))
    r = g.exceptions[0]
    print(repr(r), repr(r.__cause__), r.__suppress_context__, tb_names(r.__traceback__))
try:
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* Exception as e:
        print("E", repr(e))
except BaseExceptionGroup as g:
    print(repr(g))
class Yield:
    def __await__(self):
        yield "suspended"
async def co():
    try:
        raise ExceptionGroup("a", [ValueError(1)])
    except* ValueError as e:
        print("await ->", await Yield())
        print("async handled", repr(e))
    return 5
c = co()
print(c.send(None))
try:
    c.send("resumed")
except StopIteration as s:
    print("returned", s.value)
def g():
    try:
        yield 1
    except* ValueError as e:
        yield ("gen", repr(e))
it = g(); next(it); print(it.throw(ValueError(7)))
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError(1)
        except KeyError:
            pass
        print("inner handled; exc_info:", repr(sys.exc_info()[1]))
except Exception as x:
    print("no", x)
print(sys.exc_info())
# the except and except* syntax errors
srcs = [
"try:\n  pass\nexcept\n  pass\n",
"try:\n  pass\nexcept*\n  pass\n",
"try:\n  pass\nexcept ValueError\n  pass\n",
"try:\n  pass\nexcept* ValueError\n  pass\n",
"try:\n  pass\nexcept* ValueError as e\n  pass\n",
"try:\n  pass\nexcept ValueError as e\n  pass\n",
"try:\n  pass\nexcept* ValueError, TypeError:\n  pass\n",
"try:\n  pass\nexcept* ValueError, TypeError as e:\n  pass\n",
"try:\n  pass\nexcept*:\n  pass\n",
"try:\n  pass\nexcept *ValueError:\n  pass\n",
"try:\n  pass\nexcept* ValueError:\n  pass\nexcept*:\n  pass\n",
"try:\n  pass\nexcept* ValueError:\n  pass\nexcept:\n  pass\n",
"try:\n  pass\nexcept ValueError:\n  pass\nexcept*:\n  pass\n",
"try:\n  pass\nexcept* ValueError:\npass\n",
"try:\n  pass\nexcept* (ValueError):\n  pass\nelse:\n  pass\nfinally:\n  pass\n",
"try:\n  pass\nfinally:\n  pass\nexcept* ValueError:\n  pass\n",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SE", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ["if x\n  pass\n", "while x\n  pass\n", "def f()\n  pass\n", "with a\n  pass\n", "try\n  pass\n", "for x in y\n  pass\n", "class A\n  pass\n"]:
    try:
        compile(s, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print("SE", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
