# The runtime wired from the class path imports pure-Python modules of the real stdlib.
import sys
import types
import keyword

print(keyword.iskeyword("lambda"), keyword.iskeyword("spam"))
print(type(sys.modules["types"]).__name__, types.FunctionType.__name__)
print(sorted(k for k in keyword.kwlist if k.startswith("a")))
