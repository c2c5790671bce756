# IMPORT_FROM, IMPORT_STAR and IMPORT_NAME as ceval.c: the ImportError of a missing name carries
# the module's name and file and says when the module is partially initialized; module
# attributes missing during a circular import say so; 'import *' checks __all__'s items; an
# overridden builtins.__import__ is called; a str with a lone surrogate names a module.
import builtins
import os
import sys
import tempfile

root = tempfile.mkdtemp()
sys.path.insert(0, root)


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def short(text):
    return str(text).replace(root, "<root>")


write("cyc1.py", "from cyc2 import a\nb = 1\n")
write("cyc2.py", "from cyc1 import b\na = 1\n")
try:
    import cyc1
except ImportError as e:
    print("circular from:", short(e), e.name, short(e.path))

write("src1.py", "import src2\nspam = 1\n")
write("src2.py", "import src1\nx = src1.spam\n")
try:
    import src1
except AttributeError as e:
    print("partial attr:", e)

write("pkg/__init__.py", "")
write("pkg/parent/__init__.py", "import pkg.parent.child\n")
write("pkg/parent/child.py", "import pkg.parent\npkg.parent\n")
try:
    import pkg.parent
except AttributeError as e:
    print("submodule attr:", e)

write("plain.py", "x = 1\n")
import plain
try:
    from plain import nothing
except ImportError as e:
    print("missing:", short(e), e.name, short(e.path))
try:
    plain.nothing
except AttributeError as e:
    print("attr:", e, e.name, e.obj is plain)

try:
    from sys import nothing
except ImportError as e:
    print("builtin:", e, e.name, e.path)

m = type(sys)("nameless")
del m.__name__
try:
    m.x
except AttributeError as e:
    print("no name:", e)

for all_ in ("[b'x']", "[1]", "['x', 2]"):
    write("star.py", "x = 1\n__all__ = %s\n" % all_)
    sys.modules.pop("star", None)
    g = {}
    try:
        exec("from star import *", g)
    except TypeError as e:
        print("star:", e, sorted(k for k in g if k != "__builtins__"))

write("star2.py", "x = 1\n_y = 2\n")
g = {}
exec("from star2 import *", g)
print("star2:", sorted(k for k in g if k != "__builtins__"))


def f():
    import os
    return os


saved = builtins.__import__
builtins.__import__ = lambda *args: ("called", args[0], args[3], args[4])
try:
    print("override:", f())
finally:
    builtins.__import__ = saved
print("restored:", f() is os)

name = "mod-\udcff"
print("surrogate eq:", type(sys)(name).__name__ == name, name == "mod-" + chr(0xDCFF))
try:
    with open(os.path.join(root, name + ".py"), "w", encoding="utf-8",
              errors="surrogateescape") as f:
        f.write("value = 42\n")
except (UnicodeEncodeError, OSError) as e:
    print("cannot write", type(e).__name__)
else:
    print("surrogate import:", __import__(name).value)
