"""For each file in DIR, records what CPython 3.11's ast.parse(bytes) does with it, in one
process, for Taipan's mutation differential test.  Written for Taipan.

Usage: python3.11 record_outcomes.py DIR OUTFILE
One line per file (sorted by name), tab-separated:
  name OK <ast.dump(tree, include_attributes=True) with backslash escapes>
  name ERR <class> <lineno> <offset> <msg with backslash escapes>
  name OTHER <exception class>          (ValueError, MemoryError, RecursionError: not compared)
"""
import ast
import os
import sys
import warnings


def esc(s):
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def main():
    d, out = sys.argv[1], sys.argv[2]
    warnings.simplefilter("ignore")
    lines = []
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name), "rb") as f:
            src = f.read()
        try:
            tree = ast.parse(src, filename=name)
            lines.append(name + "\tOK\t" + esc(ast.dump(tree, include_attributes=True)))
        except SyntaxError as e:
            lines.append("\t".join([name, "ERR", type(e).__name__, str(e.lineno), str(e.offset), esc(str(e.msg))]))
        except (ValueError, MemoryError, RecursionError) as e:
            lines.append(name + "\tOTHER\t" + type(e).__name__)
    with open(out, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write("\n".join(lines) + "\n")


main()
