"""Records CPython 3.11's code-object attributes for the bytecode attribute test.

Compiles every program of the conformance corpus (../conformance/*.py) and of this folder
(*.py other than this script) with compile(source, NAME.py, 'exec'), walks the code objects
depth first (a code object, then those in its co_consts, in order) and writes one line per code
object to expected.tsv: program, index in the walk, co_qualname, co_varnames, co_cellvars,
co_freevars, co_names, co_argcount, co_posonlyargcount, co_kwonlyargcount, co_flags,
co_firstlineno (tab separated; a tuple of names as its items joined by ','). A program that
does not compile is left out (the test checks that our compiler rejects it too). Run it with the
oracle (see regen.sh).
"""
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
conformance = os.path.join(os.path.dirname(here), 'conformance')


def programs():
    for d, prefix in ((conformance, 'conformance/'), (here, 'code-attrs/')):
        for f in sorted(os.listdir(d)):
            if f.endswith('.py') and f != 'regen.py':
                yield prefix + f, os.path.join(d, f)


def walk(code):
    yield code
    for c in code.co_consts:
        if hasattr(c, 'co_code'):
            yield from walk(c)


rows = []
for rel, path in programs():
    with open(path, encoding='utf-8') as fh:
        src = fh.read()
    try:
        top = compile(src, os.path.basename(path), 'exec')
    except SyntaxError:
        continue  # a conformance program about syntax errors has no code objects
    for i, c in enumerate(walk(top)):
        fields = [rel, i, c.co_qualname, ','.join(c.co_varnames), ','.join(c.co_cellvars),
                  ','.join(c.co_freevars), ','.join(c.co_names), c.co_argcount,
                  c.co_posonlyargcount, c.co_kwonlyargcount, c.co_flags, c.co_firstlineno]
        rows.append('\t'.join(str(f) for f in fields))
with open(os.path.join(here, 'expected.tsv'), 'w', encoding='utf-8') as out:
    out.write('\n'.join(rows) + '\n')
print('%d code objects recorded' % len(rows), file=sys.stderr)
