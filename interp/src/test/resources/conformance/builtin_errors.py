cases = [
    "[3, 1].sort(key=1)", "int(None)", "''.join(None)", "max()", "getattr()", "format(1, 1)",
    "str(b'a', 'bad-encoding')", "'abc'.encode('nope')", "[].pop(1, 2)", "{}.get()",
    "(1).__add__()", "range(1, 2, 0)", "slice()", "float('1e')", "chr(1114112)", "bytes(-1)",
    "x = 1; x.y = 2", "del undefined_thing", "[*5]", "{**5}", "len()", "len(1, 2)",
    "[].append()", "[].append(1, 2)", "divmod(1)", "isinstance(1)", "abs()", "repr()",
    "'a'.split(1, 2, 3)", "[].insert(1)", "sum()", "round()", "sorted()", "class A(1): pass",
    "class A(list, dict): pass", "def f(): yield from 5\nlist(f())", "import sys; sys.exit(1, 2)",
    "print(1, sep=2)", "'x' < 1", "[] + ()", "{} | []", "None + 1", "1 @ 2", "~1.5",
    "[1, 2][:'a']", "{}[[]]", "hash({})", "f'{1:>{None}}'",
]
for src in cases:
    try:
        exec(src, {})
        print(f"{src!r}: no error")
    except Exception as e:
        print(f"{src!r}: {type(e).__name__}: {e}")
