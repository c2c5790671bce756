# importlib's own machinery finds modules: import_module (of a package not yet imported),
# util.find_spec, pkgutil.iter_modules over a package's __path__, reload.
import sys
import importlib
import importlib.util
import pkgutil

print(importlib.import_module("json.decoder").__name__)
print(importlib.import_module(".encoder", "json").__name__)
print(sorted(n for _, n, _ in pkgutil.iter_modules(sys.modules["json"].__path__)))
print(importlib.util.find_spec("csv").name, importlib.util.find_spec("sys").origin)
print(importlib.util.find_spec("no_such_module_here"))
try:
    importlib.import_module("no_such_module_here")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
try:
    importlib.import_module("json.nothing")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e, e.name)
m = importlib.import_module("xml.dom.minidom")
print(m.__name__, m.__spec__.name, m.__spec__.parent, type(m.__loader__).__name__)
print(m.Node.ELEMENT_NODE, m.Document().createElement("a").tagName)
import textwrap
print(importlib.reload(textwrap) is textwrap, textwrap.dedent("  x"))
print(importlib.util.resolve_name(".decoder", "json"))
