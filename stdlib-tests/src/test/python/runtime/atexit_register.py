# atexit: register/unregister/_run_exitfuncs/_clear/_ncallbacks, and the callbacks left at exit
# run last registered first; a failing one (SystemExit too) is reported and the next still runs.
import atexit
import sys


class Named:
    def __init__(self, name, action=None):
        self.name = name
        self.action = action

    def __repr__(self):
        return "<callback %s>" % self.name

    def __call__(self, *args, **kwargs):
        print("call", self.name, args, sorted(kwargs.items()))
        if self.action is not None:
            self.action()


class Eq:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("eq", self.n, getattr(other, "n", other))
        if self.n == 9:
            raise RuntimeError("eqfail")
        return isinstance(other, Eq) and other.n == self.n

    __hash__ = object.__hash__

    def __call__(self):
        print("call Eq", self.n)


print(atexit)
print(atexit.__doc__)
print(sorted(n for n in dir(atexit) if not n.startswith("__")))
print(atexit.register.__doc__)
print(atexit.unregister.__doc__)

f = Named("f")
print(atexit.register(f, 1, 2, x=3) is f)
for bad in [(), (1,), ("not callable", 2)]:
    try:
        atexit.register(*bad)
    except TypeError as e:
        print("TypeError", e)
for args, kwargs in [((), {}), ((), {"func": f})]:
    try:
        atexit.unregister(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
try:
    atexit._clear(1)
except TypeError as e:
    print("TypeError", e)

atexit._clear()
atexit.register(Eq(1))
atexit.register(Eq(2))
atexit.register(Eq(1))
print(atexit.unregister(Eq(1)))
print("slots", atexit._ncallbacks())
try:
    atexit.unregister(Eq(9))
except RuntimeError as e:
    print("RuntimeError", e)


def unregister_f():
    print("unregister_f")
    atexit.unregister(f)


atexit.register(f)
atexit.register(unregister_f)
atexit._run_exitfuncs()
print("after run", atexit._ncallbacks())


def divide():
    return 1 / 0


atexit.register(Named("divide", divide))
atexit._run_exitfuncs()
print("after failing run", atexit._ncallbacks())

# left for the exit: run last first; one registered during the exit is never called
atexit.register(Named("first"), "a", k="v")
atexit.register(Named("raises", lambda: [][1]))
atexit.register(Named("exits", lambda: sys.exit(3)))
atexit.register(Named("registers", lambda: atexit.register(Named("too late"))))
atexit.register(Named("last"))
print("end of main")
