# A module with a syntax error raises SyntaxError at import, never an internal error.
import os
import sys

d = os.path.join("/tmp", "taipan_import_se_%d" % os.getpid())
os.makedirs(d, exist_ok=True)
sources = {
    "se_unclosed": "x = (\n",
    "se_return": "return 1\n",
    "se_nonlocal": "def f():\n    nonlocal q\n",
    "se_indent": "if True:\npass\n",
}
for name, src in sources.items():
    with open(os.path.join(d, name + ".py"), "w") as f:
        f.write(src)
sys.path.insert(0, d)
try:
    for name in sources:
        try:
            __import__(name)
        except SyntaxError as e:
            print(name, type(e).__name__, e.msg, os.path.basename(e.filename), e.lineno)
        print(name in sys.modules)
finally:
    for name in sources:
        os.remove(os.path.join(d, name + ".py"))
    os.rmdir(d)
