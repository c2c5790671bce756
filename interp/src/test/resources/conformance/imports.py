import sys
import pkg
from pkg import util
from pkg.util import CONSTANT as C, double
import pkg.util as u2

print(pkg.VERSION, pkg.double(21), util.CONSTANT, C, double(4), u2 is util)
print(pkg.__name__, util.__name__, "pkg" in sys.modules, "pkg.util" in sys.modules)
print(type(pkg).__name__, __name__, sys.modules["__main__"].__name__)
try:
    from pkg import missing
except ImportError as e:
    print("ImportError:", e.__class__.__name__, str(e).split(" (")[0])
try:
    import pkg.nothere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
if __name__ == "__main__":
    util.fail("from module")
