"""Writes CPython's ast.dump(..., include_attributes=True) of every .py file under a directory,
all in one process, for Taipan's differential parser test.  Written for Taipan.

Usage: python3.11 dump_stdlib_ast.py LIBDIR OUTDIR [--type-comments]

With --type-comments, only files containing a "type:" comment are dumped, parsed with
ast.parse(..., type_comments=True).

For each file REL (relative to LIBDIR) that CPython parses, OUTDIR/REL.dump holds the dump.
OUTDIR/manifest.txt lists "OK REL" or "REFUSED REL" per file; it is written last, so its
presence means the dumps are complete.
"""
import ast
import os
import sys
import warnings


def main():
    libdir, outdir = sys.argv[1], sys.argv[2]
    type_comments = "--type-comments" in sys.argv[3:]
    warnings.simplefilter("ignore")
    sys.setrecursionlimit(100000)
    lines = []
    for root, dirs, files in os.walk(libdir):
        dirs.sort()
        for name in sorted(files):
            if not name.endswith(".py"):
                continue
            path = os.path.join(root, name)
            rel = os.path.relpath(path, libdir)
            with open(path, "rb") as f:
                source = f.read()
            if type_comments and b"type:" not in source:
                continue
            try:
                tree = ast.parse(source, filename=rel, type_comments=type_comments)
                text = ast.dump(tree, include_attributes=True)
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                lines.append("REFUSED " + rel)
                continue
            target = os.path.join(outdir, rel + ".dump")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8", errors="surrogatepass") as f:
                f.write(text)
            lines.append("OK " + rel)
    with open(os.path.join(outdir, "manifest.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


main()
