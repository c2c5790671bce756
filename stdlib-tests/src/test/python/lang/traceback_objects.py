import sys,types
try: 1/0
except Exception as e: tb=e.__traceback__
for v in (1,):
  try: tb.tb_next=v
  except Exception as x: print(type(x).__name__, x)
try: tb.tb_next=tb
except Exception as x: print(type(x).__name__, x)
try: del tb.tb_next
except Exception as x: print(type(x).__name__, x)
t=types.TracebackType(None, tb.tb_frame, 0, 5); print(t.tb_lineno)
try: types.TracebackType(1, tb.tb_frame, 0, 5)
except Exception as x: print(type(x).__name__, x)
try: types.TracebackType(None, 1, 0, 5)
except Exception as x: print(type(x).__name__, x)
t.tb_next = None
def f():
    raise KeyError("k")
try:
    f()
except KeyError as e:
    tb = e.__traceback__
print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)
tb.tb_next = types.TracebackType(None, tb.tb_frame, tb.tb_lasti, 42)
print(tb.tb_next.tb_lineno, tb.tb_next.tb_next)
