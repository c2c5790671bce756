"""Dumps the oracle's view of Taipan's valid-snippet corpus: for each line MODE<TAB>source of
the input file (mode exec_tc: exec with type_comments=True), one output line with ast.dump(..., include_attributes=True) or
"ERROR <class> <lineno> <offset> <msg>".  Written for Taipan.

Usage: python3.11 dump_snippets.py SNIPPETS OUT
"""
import ast
import sys
import warnings


def unescape(s):
    return s.encode("latin-1", "backslashreplace").decode("unicode_escape")


def main():
    warnings.simplefilter("ignore")
    out = []
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            mode, src = line.split("\t", 1)
            src = unescape(src)
            try:
                if mode == "exec_tc":
                    tree = ast.parse(src, mode="exec", type_comments=True)
                else:
                    tree = ast.parse(src, mode=mode)
                out.append(ast.dump(tree, include_attributes=True))
            except SyntaxError as e:
                out.append("ERROR %s %s %s %s" % (type(e).__name__, e.lineno, e.offset, e.msg))
    with open(sys.argv[2], "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write("\n".join(x.replace("\\", "\\\\").replace("\n", "\\n") for x in out) + "\n")


main()
