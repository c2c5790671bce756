# Re-raising an earlier exception cuts the context chain so no cycle forms; traceback objects
# refuse loops without changing tb_next, and keep the tb_lasti they were made with.

try:
    try:
        xyzzy
    except NameError as a:
        try:
            1 / 0
        except ZeroDivisionError:
            raise a
except NameError as e:
    print(type(e.__context__).__name__, e.__context__.__context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
except ZeroDivisionError as e:
    print(e.__context__)


def raiser():
    raise ValueError


try:
    raiser()
except ValueError as exc:
    tb = exc.__traceback__
print(type(tb.tb_next).__name__, tb.tb_next.tb_next)
for target in (tb, tb.tb_next):
    try:
        target.tb_next = tb
    except ValueError as e:
        print(e, type(target.tb_next).__name__)
try:
    del tb.tb_next
except TypeError as e:
    print(e)
TracebackType = type(tb)
made = TracebackType(None, tb.tb_frame, 1, 2)
print(made.tb_lasti, made.tb_lineno, made.tb_next)
