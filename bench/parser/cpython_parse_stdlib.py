"""CPython side of Taipan's parser benchmark: ast.parse over every .py file under LIBDIR,
single-threaded, best of PASSES passes (files read into memory first).  Written for Taipan."""
import ast
import os
import sys
import time
import warnings

warnings.simplefilter("ignore")
lib = sys.argv[1]
passes = int(sys.argv[2]) if len(sys.argv) > 2 else 5
sources = []
for root, dirs, files in os.walk(lib):
    for name in sorted(files):
        if name.endswith(".py"):
            path = os.path.join(root, name)
            with open(path, "rb") as f:
                sources.append((path, f.read()))
best = None
for i in range(passes):
    t0 = time.perf_counter()
    parsed = 0
    for path, src in sources:
        try:
            ast.parse(src, path)
            parsed += 1
        except (SyntaxError, ValueError):
            pass
    t = time.perf_counter() - t0
    print("cpython pass %d: %.3f s" % (i + 1, t))
    best = t if best is None else min(best, t)
print("cpython: %d files (%d parsed), best pass %.3f s" % (len(sources), parsed, best))
print("CPYTHON_SECONDS=%.4f" % best)
