# compile() and exec() of bytes decode as a source file does: a PEP 263 coding declaration or a
# BOM, else UTF-8.
import ast


def run(src, mode="exec"):
    try:
        code = compile(src, "<bytes>", mode)
        ns = {}
        exec(code, ns)
        print(ascii(ns.get("s")))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)


run(b'\n#coding:latin1\ns = "non-ASCII: h\xe9"\n')
run(b'# -*- coding: cp1252 -*-\ns = "\x80uro"\n')
run(b'\xef\xbb\xbfs = "bom \xc3\xa9"\n')
run('s = "str h\xe9"\n'.encode("utf-8"))
run(b's = "bad \xff"\n')
run(b'# coding: nosuchcodec\ns = 1\n')
print(ascii(ast.literal_eval(compile(b'#coding:latin1\n"\xe9"', "<b>", "eval", ast.PyCF_ONLY_AST))))
exec(b'#coding:latin1\nprint(ascii("\xe9"))')
print(ascii(eval(b'  \t"caf\xc3\xa9"')), eval(b"1 + 2"))
try:
    eval(b'"\xff"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
