# sys.exit() runs the atexit callbacks; a SystemExit raised by a callback does not change the
# exit status; a callback's output is flushed with the rest.
import atexit
import sys


class Exit:
    def __repr__(self):
        return "<Exit>"

    def __call__(self):
        raise SystemExit(9)


atexit.register(print, "cb", 1)
atexit.register(Exit())
atexit.register(sys.stdout.write, "written\n")
print("main")
sys.exit(5)
