# PEP 626/657: f_lineno after RERAISE restores the raising instruction, an unmatched except's
# RERAISE sits on the last clause, multi-line attribute and method calls point at the name,
# decorator calls at the decorator; sys.setrecursionlimit below the current depth is refused
import sys


def lineno_after_raise(f):
    try:
        f()
    except Exception as ex:
        t = ex.__traceback__.tb_next
    out = []
    while t:
        fr = t.tb_frame
        out.append(None if fr.f_lineno is None else fr.f_lineno - fr.f_code.co_firstlineno)
        t = t.tb_next
    print(f.__name__, out)


def in_except():
    try:
        1/0
    except:
        1/0
        pass


def other_except():
    try:
        1/0
    except TypeError as ex:
        pass


def in_named_except():
    try:
        1/0
    except Exception as ex:
        1/0
        pass


def in_finally_except():
    try:
        1/0
    finally:
        1/0
        pass


class Noop:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        pass


def after_with():
    with Noop():
        1/0
        pass


for f in (in_except, other_except, in_named_except, in_finally_except, after_with):
    lineno_after_raise(f)


def f():
    x = (a
     .b)
    (a
     .b) = 1
    (a
     .b)(1,
     2)
    (a.b
     .c(1, 2).d
     (3))
    x = (a
     .b(c,
          d, k=1))


def h():
    @dec_error
    @dec_fine
    def g(): pass
    @dec_error
    @dec_fine
    class A: pass


import dis
for fn in (f, h):
    for ins in dis.get_instructions(fn):
        if ins.opname in ("LOAD_ATTR", "STORE_ATTR", "LOAD_METHOD", "PRECALL", "CALL", "KW_NAMES",
                          "STORE_FAST"):
            print(ins.offset, ins.opname, ins.argrepr, ins.positions)


def g():
    d = 1
    while True:
        try:
            sys.setrecursionlimit(d)
        except RecursionError as e:
            d += 1
            last = e
        else:
            break
    sys.setrecursionlimit(1000)
    return d, last


print(g())
