"""Write the docstrings and text signatures of CPython's builtin types and functions.

Run by the object-model build with the CPython 3.11 oracle (see object-model/pom.xml):

    python3.11 make_builtin_docs.py OUTFILE

Taipan writes its builtin types, functions and modules in Java; what ``help()``, ``pydoc`` and
``inspect.signature`` read from them (``__doc__``, ``__text_signature__``) is CPython's, so it
is taken from the oracle at build time, as its answers, never kept in our sources. OUTFILE is
gzip'd UTF-8 text, one record a line: ``key<TAB>doc<TAB>signature``, where doc and signature
are ``repr()``-free escapes (backslash, tab and newline written as ``\\\\``, ``\\t``, ``\\n``)
and an absent value is an empty field preceded by ``-`` (``-`` alone: None).

Keys:

* ``module`` for a module's own docstring;
* ``module.name`` for a function of a module, or a type (``module`` is the type's
  ``__module__``, ``name`` its ``__qualname__``);
* ``module.Type.attr`` for an entry of a builtin type's ``__dict__`` (methods, slot wrappers,
  getset and member descriptors, class methods).

The modules read are every builtin and extension module the oracle can import; the types are
every static (non-heap) type reachable from them or from ``object.__subclasses__()``.
"""

import gzip
import importlib
import os
import pkgutil
import sys
import types

HEAPTYPE = 1 << 9


def escape(s):
    if s is None:
        return "-"
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def signature(obj):
    try:
        return getattr(obj, "__text_signature__", None)
    except Exception:
        return None


def doc(obj):
    try:
        d = obj.__doc__
    except Exception:
        return None
    return d if isinstance(d, str) else None


def modules():
    names = set(sys.builtin_module_names)
    dynload = os.path.join(sys.prefix, "lib", "python3.11", "lib-dynload")
    for info in pkgutil.iter_modules([dynload]):
        names.add(info.name)
    found = []
    for name in sorted(names):
        if name in ("__main__", "antigravity", "this"):
            continue
        try:
            found.append(importlib.import_module(name))
        except Exception:
            pass
    return found


def static_types(mods):
    seen = {}

    def add(t):
        if isinstance(t, type) and not (t.__flags__ & HEAPTYPE) and id(t) not in seen:
            seen[id(t)] = t
            for s in type.__subclasses__(t):
                add(s)

    add(object)
    for m in mods:
        for v in vars(m).values():
            add(v)
    for v in vars(types).values():
        add(v)
    return list(seen.values())


def main():
    out = sys.argv[1]
    records = {}

    def put(key, obj):
        d, s = doc(obj), signature(obj)
        if d is not None or s is not None:
            records[key] = (d, s)

    mods = modules()
    for m in mods:
        put(m.__name__, m)
        for name, v in sorted(vars(m).items()):
            if isinstance(v, types.BuiltinFunctionType) and getattr(v, "__self__", m) in (m, None):
                put(m.__name__ + "." + name, v)
    for t in static_types(mods):
        prefix = t.__module__ + "." + t.__qualname__
        put(prefix, t)
        for name, v in t.__dict__.items():
            if name == "__doc__":
                continue
            if isinstance(v, staticmethod):
                v = v.__func__
            put(prefix + "." + name, v)
    os.makedirs(os.path.dirname(out) or ".", exist_ok=True)
    with gzip.open(out, "wt", encoding="utf-8") as f:
        for key in sorted(records):
            d, s = records[key]
            f.write(key + "\t" + escape(d) + "\t" + escape(s) + "\n")


if __name__ == "__main__":
    main()
