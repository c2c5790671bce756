"""Records how CPython 3.11 rejects each program of the compiler-error corpus.

For every NAME.py here it runs compile(source, NAME.py, 'exec') and writes one line to
expected.tsv: name, exception class, msg, lineno, offset, end_lineno, end_offset (tab separated,
'None' where CPython gives None). A program CPython compiles without error, or whose error comes
from the parser rather than the compiler, is reported and makes this script fail, so the corpus
only holds compiler/symbol-table errors. Run it with the oracle (see regen.sh).
"""
import ast
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
rows = []
bad = []
for name in sorted(f for f in os.listdir(here) if f.endswith('.py') and f != 'regen.py'):
    with open(os.path.join(here, name), encoding='utf-8') as fh:
        src = fh.read()
    try:
        ast.parse(src, name)
    except SyntaxError as e:
        bad.append('%s: the parser rejects it (%s)' % (name, e.msg))
        continue
    try:
        compile(src, name, 'exec')
    except SyntaxError as e:
        fields = [name[:-3], type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        rows.append('\t'.join('None' if f is None else str(f) for f in fields))
        continue
    bad.append('%s: CPython compiles it' % name)
with open(os.path.join(here, 'expected.tsv'), 'w', encoding='utf-8') as out:
    out.write('\n'.join(rows) + '\n')
print('%d programs recorded' % len(rows))
for b in bad:
    print('not a compiler error:', b, file=sys.stderr)
sys.exit(1 if bad else 0)
