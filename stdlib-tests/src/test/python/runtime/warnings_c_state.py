# _warnings keeps the filters list it last saw as warnings.filters (deleting the attribute does
# not lose them), reads a loader's source with str's own splitlines, and faulthandler dumps the
# calling thread's stack in CPython's format (CPython 3.11 spells 'descripter' so).
import io
import sys
from test.support import import_helper

cw = import_helper.import_fresh_module("warnings", fresh=["_warnings"])
sys.modules["warnings"] = cw  # _warnings finds the filters there
with cw.catch_warnings(module=cw):
    cw.filterwarnings("error", "", Warning, "", 0)
    for attempt in range(2):
        try:
            cw.warn("convert to error")
        except UserWarning as e:
            print("raised", attempt, e)
        else:
            print("not raised", attempt)
        if attempt == 0:
            del cw.filters


class BadSource(str):
    def splitlines(self):
        return 42


class Loader:
    def get_source(self, name):
        return BadSource("first\nsecond")


with cw.catch_warnings(module=cw):
    cw.filterwarnings("default", category=UserWarning)
    old, sys.stderr = sys.stderr, io.StringIO()
    try:
        cw.warn_explicit("foo", UserWarning, "bar", 2,
                         module_globals={"__loader__": Loader(), "__name__": "foobar"})
    finally:
        out, sys.stderr = sys.stderr.getvalue(), old
    print(repr(out))

import faulthandler
import os
print(faulthandler.is_enabled())
# A file of its own: sys.stderr has no descriptor when the program runs inside a test JVM.
sink = open(os.devnull, "w")
faulthandler.enable(file=sink)
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled())
try:
    faulthandler.dump_traceback_later(-1)
except ValueError as e:
    print("ValueError", e)
try:
    faulthandler.dump_traceback(-1)
except ValueError as e:
    print("ValueError", e)
faulthandler.cancel_dump_traceback_later()
