# A failing atexit callback goes to sys.unraisablehook; a hook that fails is reported itself.
import atexit
import sys


def hook(u):
    print("hook", u.exc_type.__name__, u.exc_value, u.err_msg, u.object.__name__,
          type(u.exc_traceback).__name__)


sys.unraisablehook = hook


def bad():
    raise OSError(2, "x")


atexit.register(bad)
atexit._run_exitfuncs()


class FailingHook:
    def __repr__(self):
        return "<FailingHook>"

    def __call__(self, unraisable):
        raise KeyError("hookfail")


atexit.register(lambda: setattr(sys, "unraisablehook", FailingHook()))
atexit.register(bad)
atexit.register(lambda: print("finalizing:", sys.is_finalizing()))
