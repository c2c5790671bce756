# SyntaxError attributes from the parser and the compiler: text without newline for a line the
# tokenizer has left, end offsets clamped to the first line, __future__ checks, undecodable bytes
# shown as U+FFFD, tokenizer errors at EOF taking precedence, the constructor's checks
cases = [
    "foo(a, z\n    for z in\n        range(10), b, c)\n",
    "f(x for x in y, 1)\n",
    "x = 1 +\n",
    "a = 1\nb = (1 +\n   2) = 3\nc = 4\n",
    "def f():\n    x = 2\n    foo(a, z\n        for z in\n            range(10), b, c)\n",
    "print 'hi'\n",
    "x = [1, 2\ny = 3\n",
    "for x in range(3):\npass\n",
    "a = 1\nif x = 3:\n    pass\n",
    "f(**x, *y)\n",
    "(a, b) += 1\n",
    "x = 'é' + (1 2)\n",
    "x = ('é',\n 1 2)\n",
    "del f()\n",
    "f(a=1, a=2)\n",
    "x = yield = 3\n",
    "import a as b.c\n",
]
for src in cases:
    for mode in ("exec",):
        try:
            compile(src, "?", mode)
        except SyntaxError as e:
            print(repr(src), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
        try:
            compile(src.encode(), "?", mode)
        except SyntaxError as e:
            print(' bytes', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in ['from __future__ import doesnt_exist', 'from __future__ import braces', 'x=1\nfrom __future__ import division', '"doc"\nfrom __future__ import annotations, nope',
            'from __future__ import (annotations,\n  nope)', 'import x\nfrom __future__ import annotations']:
    for mode in ('exec',):
        try:
            compile(src, '<s>', mode)
            print("ok")
        except SyntaxError as e:
            print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in [b'Python = "\xcf\xb3\xf2\xee\xed" +', '"\\\n"(1 for c in I,\\\n\\', b'x = "\xff"\n', b'x = 1 +\n# \xff\n', b'\xff = 1']:
    try:
        compile(src, '<fragment>', 'exec')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for src in ['x = (1,\\\n\\', 'x = (1,\\\n\\\n', 'x = (1,\\\n', 'x = 1 +\\\n\\', 'x = 1\\\n\\', 'f(1 for c in I,\\\n\\', '"\\\n"(1 for c in I,\\\n\\']:
    try:
        compile(src, '<fragment>', 'exec')
    except SyntaxError as e:
        print(repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for args in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1), 5]:
    try:
        SyntaxError("bad bad", args)
    except Exception as e:
        print(type(e).__name__, e)
