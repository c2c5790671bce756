# atexit callbacks run after the traceback of an uncaught exception is printed, with no
# exception set, and the exit status stays 1.
import atexit
import sys


def report():
    print("callback sees", sys.exc_info()[0], file=sys.stderr)
    print("callback writes to stdout")


atexit.register(report)
print("main")
raise KeyError("k")
